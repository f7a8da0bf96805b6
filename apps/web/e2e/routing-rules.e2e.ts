import { mainNav, openSignedInAdmin, signIn, unique } from './support/app';
import { DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

describe('routing rules page', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openSignedInAdmin();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lets an admin build a rule with two conditions, test it, save it and move it up the order', async () => {
    const { page } = browser;
    const suffix = unique();
    const first = `Catch-all ${suffix}`;
    const name = `Lost bags ${suffix}`;

    // an existing rule to reorder against
    const existing = await page.request.post('/api/routing/rules', {
      data: { rule: { name: first, conditions: [{ field: 'channel', values: ['sms'] }], actions: { priority: 'normal' } }, departmentId: null },
    });
    expect(existing.status()).toBe(201);

    await mainNav(page).getByRole('link', { name: 'Routing', exact: true }).click();
    await page.getByRole('heading', { name: 'Routing rules', exact: true }).waitFor();
    await page.getByRole('button', { name: 'New rule', exact: true }).click();

    const dialog = page.getByRole('dialog', { name: 'New routing rule' });
    await dialog.getByLabel('Name', { exact: true }).fill(name);
    await dialog.getByLabel('Add condition', { exact: true }).selectOption('sentiment');
    await dialog.getByRole('group', { name: 'Sentiment' }).getByRole('button', { name: 'negative', exact: true }).click();
    await dialog.getByLabel('Add condition', { exact: true }).selectOption('keywords');
    await dialog.getByLabel('Keywords', { exact: true }).fill('lost * bag');
    await dialog.getByLabel('Keywords', { exact: true }).press('Enter');
    await dialog.getByLabel('Route to department', { exact: true }).selectOption({ label: 'Baggage' });
    await dialog.getByLabel('Priority', { exact: true }).selectOption('high');

    await dialog.getByRole('button', { name: 'Test this rule', exact: true }).click();
    const result = dialog.getByRole('region', { name: 'Test result' });
    await result.getByText(/Matches \d+ of \d+ items from the last 30 days/).waitFor();
    const [matched, examined] = (await result.innerText()).match(/Matches ([\d,]+) of ([\d,]+)/)!.slice(1).map((n) => Number(n.replace(/,/g, '')));
    expect(examined).toBeGreaterThan(0);
    expect(matched).toBeLessThanOrEqual(examined);
    await screenshot(page, 'routing-rule-editor');

    await dialog.getByRole('button', { name: 'Create rule', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    const list = page.getByRole('list', { name: 'Routing rules' });
    const item = list.getByRole('listitem', { name, exact: true });
    await item.getByText('When sentiment is negative and keywords any of lost * bag → Baggage, priority high', { exact: true }).waitFor();

    const order = () => list.locator(':scope > li').evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    const before = await order();
    expect(before.indexOf(name)).toBe(before.length - 1);
    expect(before.indexOf(first)).toBe(before.length - 2);

    await item.getByRole('button', { name: `Move ${name} up`, exact: true }).click();
    await page.waitForFunction(
      ([a, b]) => {
        const labels = [...document.querySelectorAll('ol[aria-label="Routing rules"] > li')].map((e) => e.getAttribute('aria-label'));
        return labels.indexOf(a) === labels.length - 2 && labels.indexOf(b) === labels.length - 1;
      },
      [name, first],
    );
    // the new order is stored, not only shown
    await page.reload();
    await list.getByRole('listitem', { name, exact: true }).waitFor();
    const after = await order();
    expect(after.slice(-2)).toEqual([name, first]);
    await screenshot(page, 'routing-rules');
  });

  it("shows an owner every rule but lets them change only their own departments' rules", async () => {
    const owner = await openBrowser();
    try {
      const { page } = owner;
      const name = `Org wide ${unique()}`;
      const created = await browser.page.request.post('/api/routing/rules', {
        data: { rule: { name, conditions: [], actions: { tags: ['seen'] } }, departmentId: null },
      });
      expect(created.status()).toBe(201);

      await signIn(page, DEMO_LOGINS.owner);
      await page.waitForURL(/\/inbox$/);
      await mainNav(page).getByRole('link', { name: 'Routing', exact: true }).click();
      const item = page.getByRole('list', { name: 'Routing rules' }).getByRole('listitem', { name, exact: true });
      await item.getByText('Always → tag seen', { exact: true }).waitFor();
      expect(await item.getByRole('button', { name: `Edit ${name}`, exact: true }).isDisabled()).toBe(true);
      expect(await item.getByRole('button', { name: `Delete ${name}`, exact: true }).isDisabled()).toBe(true);

      await page.getByRole('button', { name: 'New rule', exact: true }).click();
      const scope = page.getByRole('dialog', { name: 'New routing rule' }).getByLabel('Who may edit this rule', { exact: true });
      expect(await scope.locator('option').allInnerTexts()).toEqual(['Owners of Baggage']);
      await screenshot(page, 'routing-rules-owner');
    } finally {
      await owner.close();
    }
  });
});
