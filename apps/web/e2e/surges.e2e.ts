import type { CreatedApiKey } from '@fullcircle/shared';
import { eventually, openSignedInAdmin, signIn, unique, visibleSoon } from './support/app';
import { baseUrl, DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

/** The worker's detector runs every minute; the burst must also be enriched and filed first. */
const DETECTED_WITHIN_MS = 180_000;

/**
 * Surges in the browser (issue 6): a burst of baggage complaints reaches the product through the
 * public API; the worker's minutely detection raises a surge; the owner of Baggage finds it from the
 * navigation, opens an incident with one click and sends an update to the affected customers.
 */
describe('surges: see the surge, open the incident in one click, send an update', () => {
  let admin: BrowserSession;
  const suffix = unique();

  beforeAll(async () => {
    admin = await openSignedInAdmin();
    const key = (await (await admin.page.request.post('/api/intake/api-keys', { data: { name: `Surges ${suffix}` } })).json()) as CreatedApiKey;
    for (let i = 0; i < 14; i++) {
      const sent = await fetch(`${baseUrl()}/api/intake/feedback`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${key.secret}`, 'Idempotency-Key': `surges-${suffix}-${i}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({
          text: `My suitcase never came off the carousel. Lost baggage, nobody helped. (${suffix}-${i})`,
          customer: { email: `storm.${i}.${suffix}@example.test`, name: `Storm Traveller ${i}` },
          metadata: { airport: 'JFK' },
        }),
      });
      expect(sent.status).toBe(202);
    }
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('lets the owner of the topic’s department open an incident from the surge and tell the affected customers', async () => {
    const owner = await openBrowser({ viewport: { width: 1280, height: 900 } });
    try {
      const { page } = owner;
      await signIn(page, DEMO_LOGINS.owner);
      await page.waitForURL(/\/inbox$/);
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Surges' }).click();
      await page.getByRole('heading', { level: 1, name: 'Surges' }).waitFor();
      const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: 'Baggage' }) }).filter({ hasText: 'Everywhere' });
      await eventually('no baggage surge was raised', visibleSoon(row, 2_000), () => page.reload(), DETECTED_WITHIN_MS);
      await screenshot(page, 'surges-list');

      await row.getByRole('link', { name: 'Baggage' }).click();
      await page.getByRole('heading', { level: 1, name: /Baggage/ }).waitFor();
      await page.getByRole('table', { name: 'Items behind the surge' }).getByText(`(${suffix}-0)`, { exact: false }).waitFor();

      // One click opens the incident and links everything behind the surge.
      await page.getByRole('button', { name: 'Open incident' }).click();
      await page.getByText('Incident opened', { exact: true }).waitFor();
      await page.getByRole('link', { name: 'View the incident' }).waitFor();
      expect(await page.getByRole('button', { name: 'Open incident' }).count()).toBe(0);

      const send = page.getByRole('button', { name: /Send update to affected customers/ });
      expect(await send.isDisabled()).toBe(true);
      await page.getByLabel('Status update').fill('Bags from this morning’s carousel failure are being delivered to you today.');
      await send.click();
      await page.getByText('Update sent', { exact: true }).waitFor();
      const history = page.getByRole('list', { name: 'Updates sent' });
      await history.getByText('Bags from this morning’s carousel failure are being delivered to you today.').waitFor();
      await eventually('the update was not told', visibleSoon(history.getByText(/\d+ told/), 2_000), () => page.reload(), 60_000);
      await screenshot(page, 'surge-incident');
    } finally {
      await owner.close();
    }
  }, DETECTED_WITHIN_MS + 120_000);
});
