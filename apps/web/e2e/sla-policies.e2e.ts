import { mainNav, openSignedInAdmin, unique } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';

/** One admin journey: set a department's hours, create a policy, preview what it means there. */
describe('SLA policies page', () => {
  let admin: BrowserSession;
  const policy = `Premium ${unique()}`;

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  it("edits a department's business hours and keeps them", async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'SLA policies', exact: true }).click();
    await page.getByRole('heading', { name: 'SLA policies', exact: true }).waitFor();
    // the seeded default policy, with its targets readable
    await page.getByRole('row').filter({ hasText: 'Standard' }).getByText('1 h / 8 h', { exact: true }).waitFor();

    await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Baggage' });
    const form = page.getByRole('form', { name: 'Business hours of Baggage' });
    await form.getByLabel('Time zone', { exact: true }).selectOption('Europe/London');
    for (const day of ['Sat', 'Sun']) {
      const button = form.getByRole('button', { name: day, exact: true });
      if ((await button.getAttribute('aria-pressed')) === 'true') await button.click();
    }
    await form.getByLabel('Opens', { exact: true }).fill('09:00');
    await form.getByLabel('Closes', { exact: true }).fill('17:00');
    await form.getByLabel('Holiday', { exact: true }).fill('2026-12-25');
    await form.getByRole('button', { name: 'Add holiday' }).click();
    await form.getByRole('list', { name: 'Holidays' }).getByText('2026-12-25').waitFor();
    await form.getByRole('button', { name: 'Save hours' }).click();
    await page.getByText('Business hours saved').first().waitFor();

    await page.reload();
    await page.getByLabel('Department', { exact: true }).selectOption({ label: 'Baggage' });
    const reloaded = page.getByRole('form', { name: 'Business hours of Baggage' });
    expect(await reloaded.getByLabel('Time zone', { exact: true }).inputValue()).toBe('Europe/London');
    expect(await reloaded.getByRole('button', { name: 'Sat', exact: true }).getAttribute('aria-pressed')).toBe('false');
    expect(await reloaded.getByRole('button', { name: 'Mon', exact: true }).getAttribute('aria-pressed')).toBe('true');
    expect(await reloaded.getByLabel('Opens', { exact: true }).inputValue()).toBe('09:00');
    await reloaded.getByRole('list', { name: 'Holidays' }).getByText('2026-12-25').waitFor();
  });

  it('creates a policy and previews its due times in the department', async () => {
    const { page } = admin;
    await page.getByRole('button', { name: 'New policy' }).click();
    const dialog = page.getByRole('dialog', { name: 'New SLA policy' });
    await dialog.getByLabel('Name', { exact: true }).fill(policy);
    await dialog.getByLabel('Urgent first response (hours)', { exact: true }).fill('0.5');
    await dialog.getByLabel('Urgent resolution (hours)', { exact: true }).fill('4');
    await dialog.getByRole('button', { name: 'Create policy' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('row').filter({ hasText: policy }).getByText('30 min / 4 h', { exact: true }).waitFor();

    await page.getByLabel('Policy', { exact: true }).selectOption({ label: policy });
    await page.getByLabel('Preview department', { exact: true }).selectOption({ label: 'Baggage' });
    await page.getByLabel('Priority', { exact: true }).selectOption('urgent');
    await page.getByRole('button', { name: 'Show due times' }).click();
    const due = page.getByRole('definition').filter({ hasText: /^(Mon|Tue|Wed|Thu|Fri) \d+ \w{3}, \d\d:\d\d$/ });
    await due.first().waitFor();
    expect(await page.getByText('(Europe/London)').count()).toBe(1);
    // Baggage works 09:00–17:00 Monday to Friday in London: every due time falls inside those hours
    for (const text of await due.allInnerTexts()) {
      const [hour, minute] = text.slice(-5).split(':').map(Number);
      expect(hour * 60 + minute).toBeGreaterThanOrEqual(9 * 60);
      expect(hour * 60 + minute).toBeLessThanOrEqual(17 * 60);
    }
    await screenshot(page, 'settings-sla-policies');
  });
});
