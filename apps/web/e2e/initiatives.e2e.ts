import type { CasePage, CaseSummaryDto, CreatedApiKey, Department, RoutingRuleDto } from '@fullcircle/shared';
import { eventually, openSignedInAdmin, signIn, unique, visibleSoon } from './support/app';
import { baseUrl, DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

const ROUTED_WITHIN_MS = 90_000;
/** The demo executive (exec@demo.fullcircle.test), as the API seeds them. */
const EXECUTIVE = 'Evan Executive';

/**
 * The outer loop in the browser (issue 6): an owner creates an initiative, links a case to it from
 * the case page, ships it with a message and sees how many customers were told, by channel.
 */
describe('initiatives: create, link from the case page, ship, told counts', () => {
  let admin: BrowserSession;
  const suffix = unique();
  const title = `Tracked bags ${suffix}`;
  let routed: CaseSummaryDto | undefined;
  let baggageName = '';

  beforeAll(async () => {
    admin = await openSignedInAdmin();
    const { page } = admin;
    const departments = (await (await page.request.get('/api/org/departments')).json()) as Department[];
    const baggage = departments.find((d) => d.slug === 'baggage')!;
    baggageName = baggage.name;
    const made = await page.request.post('/api/routing/rules', {
      data: { rule: { name: `Initiatives ${suffix}`, conditions: [{ field: 'keywords', match: 'any', values: [`ini${suffix}`] }], actions: { departmentId: baggage.id } }, departmentId: null },
    });
    expect(made.status()).toBe(201);
    const rule = (await made.json()) as RoutingRuleDto;
    const rules = (await (await page.request.get('/api/routing/rules')).json()) as RoutingRuleDto[];
    expect((await page.request.post('/api/routing/rules/reorder', { data: { ids: [rule.id, ...rules.filter((r) => r.id !== rule.id).map((r) => r.id)] } })).ok()).toBe(true);

    const key = (await (await page.request.post('/api/intake/api-keys', { data: { name: `Initiatives ${suffix}` } })).json()) as CreatedApiKey;
    const sent = await fetch(`${baseUrl()}/api/intake/feedback`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${key.secret}`, 'Idempotency-Key': `initiatives-${suffix}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ text: `Nobody could tell me where my bag was. ini${suffix}`, customer: { email: `tara.${suffix}@example.test`, name: `Tara Tracker ${suffix}` } }),
    });
    expect(sent.status).toBe(202);
    const { customerId } = (await sent.json()) as { customerId: string };
    const consent = await page.request.post(`/api/customers/${customerId}/consents`, {
      data: { purpose: 'product_updates', granted: true, source: 'web form', wording: 'Tell me when you fix what I asked for.' },
    });
    expect(consent.ok()).toBe(true);
    await eventually(
      'the case was not routed',
      async () => {
        routed = ((await (await page.request.get(`/api/cases?view=all&q=ini${suffix}`)).json()) as CasePage).cases.find((c) => c.department?.id === baggage.id);
        return Boolean(routed);
      },
      () => new Promise((r) => setTimeout(r, 1_000)),
      ROUTED_WITHIN_MS,
    );
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('lets an owner create an initiative, link a case from the case page, ship it and see who was told', async () => {
    const owner = await openBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = owner;
      await signIn(page, DEMO_LOGINS.owner);
      await page.waitForURL(/\/inbox$/);

      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Initiatives' }).click();
      await page.getByRole('heading', { level: 1, name: 'Initiatives' }).waitFor();
      await page.getByRole('button', { name: 'New initiative' }).click();
      const dialog = page.getByRole('dialog', { name: 'New initiative' });
      await dialog.getByRole('button', { name: 'Create initiative' }).click();
      await dialog.getByText('write at least 3 characters').waitFor();
      await dialog.getByLabel('Title').fill(title);
      await dialog.getByLabel('Problem').fill('Customers cannot tell where their bag is between the aircraft and the belt.');
      await dialog.getByLabel('Topic').fill('baggage');
      // Hand it to a colleague and name the department involved, right when creating it.
      await dialog.getByLabel('Owner').selectOption({ label: `${EXECUTIVE} · Executive` });
      await dialog.getByRole('checkbox', { name: baggageName }).check();
      await screenshot(page, 'initiative-create-dialog');
      await dialog.getByRole('button', { name: 'Create initiative' }).click();
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByText(`Owner: ${EXECUTIVE}`).waitFor();
      await page.getByText(`· ${baggageName}`, { exact: true }).waitFor();
      const initiativeUrl = page.url();
      await screenshot(page, 'initiative-new');

      // From the case page: "Link to initiative".
      await page.goto(`/cases/${routed!.id}`);
      await page.getByRole('heading', { level: 1, name: routed!.reference }).waitFor();
      await page.getByRole('button', { name: 'Link to initiative' }).click();
      const link = page.getByRole('dialog', { name: 'Link to initiative' });
      await link.getByLabel('Initiative').selectOption({ label: `${title} (Proposed, 0 voices)` });
      await screenshot(page, 'case-link-to-initiative');
      await link.getByRole('button', { name: 'Link', exact: true }).click();
      await page.getByText('1 item linked', { exact: true }).waitFor();

      await page.goto(initiativeUrl);
      await page.getByRole('heading', { level: 1, name: title }).waitFor();
      await page.getByRole('heading', { name: 'Linked feedback (1)' }).waitFor();
      await page.getByRole('link', { name: routed!.reference }).first().waitFor();

      // Ship with a message; the counts fill in once the worker has told everyone.
      await page.getByRole('button', { name: 'Ship', exact: true }).click();
      const ship = page.getByRole('dialog', { name: 'Ship initiative' });
      await ship.getByRole('button', { name: 'Ship and tell customers' }).click();
      await ship.getByText('at least 10 characters').waitFor();
      await ship.getByLabel('What changed').fill('Every bag now carries a tracker you can follow in the app.');
      await ship.getByRole('button', { name: 'Ship and tell customers' }).click();
      await page.getByText('Shipped', { exact: true }).first().waitFor();
      const update = page.getByRole('listitem', { name: 'Shipped update' });
      await eventually('the told counts did not show', visibleSoon(update.getByText('Told by Email'), 2_000), () => page.reload(), 60_000);
      expect((await update.getByTestId('told-total').textContent())?.replace(/\s+/g, ' ').trim()).toBe('1 of 1');
      // The topic's figures before and after shipping.
      await page.getByRole('heading', { name: 'Before and after' }).waitFor();
      await page.getByRole('table', { name: /^Topic baggage: 28 days before and after shipping$/ }).waitFor();
      await screenshot(page, 'initiative-shipped');

      // The inbox offers the same link for a whole search.
      await page.goto(`/inbox?view=all&q=ini${suffix}`);
      await page.getByRole('button', { name: 'Link results to initiative' }).waitFor();
      await screenshot(page, 'inbox-link-results');

      await page.goto('/initiatives');
      await page.getByRole('link', { name: title }).waitFor();
      await screenshot(page, 'initiatives-list');
    } finally {
      await owner.close();
    }
  });
});
