import type { AcceptedFeedback, SubmitFeedbackRequest } from '@fullcircle/shared';
import { eventually, mainNav, openSignedInAdmin, signIn, signOut, unique, visibleSoon } from './support/app';
import { baseUrl, DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

/**
 * P1 + P2 end to end: an admin creates an API key in Settings → Channels, a client sends two items
 * for the same person (email in different case) through the public API, and the customer page shows
 * both, in one timeline, with the customer's text shown as text.
 */
describe('feedback through the public API', () => {
  let admin: BrowserSession;
  const suffix = unique();
  const customerName = `Dana Whitfield ${suffix}`;
  const email = `dana.${suffix}@example.test`;
  const keyName = `E2E client ${suffix}`;
  let secret = '';

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('creates an API key in Settings → Channels and shows its secret once', async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'Channels', exact: true }).click();
    await page.getByRole('heading', { name: 'Channels', exact: true }).waitFor();

    const publicApi = page.getByRole('region', { name: 'Public API' });
    await publicApi.getByText('Live', { exact: true }).waitFor();
    expect(await publicApi.getByLabel('Endpoint', { exact: true }).inputValue()).toBe(`${baseUrl()}/api/intake/feedback`);
    // the browser suite's product runs without TWILIO_AUTH_TOKEN, and the card says what to set
    expect(await page.getByRole('region', { name: 'SMS' }).innerText()).toContain('Set TWILIO_AUTH_TOKEN');
    await screenshot(page, 'intake-channels');

    await publicApi.getByRole('button', { name: 'Create API key' }).click();
    const form = page.getByRole('dialog', { name: 'Create API key' });
    await form.getByLabel('Name', { exact: true }).fill(keyName);
    await form.getByRole('button', { name: 'Create key' }).click();

    const reveal = page.getByRole('dialog', { name: 'API key created' });
    const secretField = reveal.getByLabel('Secret', { exact: true });
    await secretField.waitFor();
    secret = await secretField.inputValue();
    expect(secret.length).toBeGreaterThanOrEqual(20);
    expect(await reveal.innerText()).toContain('It will not be shown again');
    await screenshot(page, 'intake-api-key-reveal');

    await reveal.getByRole('button', { name: 'I have copied it' }).click();
    await reveal.waitFor({ state: 'detached' });
    const row = page.getByRole('table', { name: 'API keys' }).getByRole('row').filter({ hasText: keyName });
    await row.getByText('Active', { exact: true }).waitFor();
    // Listed by its start only: the secret is nowhere on the page any more.
    expect(await page.locator('body').innerText()).not.toContain(secret);
  });

  it('accepts two items for the same person, whatever the case of their email', async () => {
    expect(secret).not.toBe('');
    const send = (body: SubmitFeedbackRequest, idempotencyKey: string) =>
      fetch(`${baseUrl()}/api/intake/feedback`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${secret}`, 'Idempotency-Key': idempotencyKey, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });

    const first = await send(
      { text: `Delivery came two days late.\nThe driver was kind though. ${suffix}`, customer: { email, name: customerName } },
      `e2e-${suffix}-1`,
    );
    expect(first.status).toBe(202);
    const second = await send(
      {
        subject: 'Checkout',
        text: `The total was shown as <b>not bold</b> ${suffix}`,
        score: { scale: 'nps', value: 3 },
        customer: { email: email.toUpperCase() },
      },
      `e2e-${suffix}-2`,
    );
    expect(second.status).toBe(202);

    const [a, b] = (await Promise.all([first.json(), second.json()])) as AcceptedFeedback[];
    expect(a).toMatchObject({ status: 'accepted', channel: 'api' });
    expect(b.customerId).toBe(a.customerId);
  });

  it('shows both items on one customer page, newest first, with the HTML shown as text', async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('heading', { name: 'Customers', exact: true }).waitFor();

    const search = page.getByRole('searchbox', { name: 'Search customers' });
    await search.fill(email);
    const link = page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: customerName, exact: true });
    await eventually(`no customer ${email} listed`, visibleSoon(link), async () => {
      await page.reload();
      await page.getByRole('searchbox', { name: 'Search customers' }).fill(email);
    });
    await link.click();

    await page.getByRole('heading', { level: 1, name: customerName }).waitFor();
    await page.getByRole('list', { name: 'Identities' }).getByText(email, { exact: true }).waitFor();

    const entries = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem');
    await eventually('the timeline did not show both items', visibleSoon(entries.nth(1)), () => page.reload());
    expect(await entries.count()).toBe(2);

    // Newest first: the scored item was sent second.
    const newest = entries.nth(0);
    expect(await newest.innerText()).toContain(`The total was shown as <b>not bold</b> ${suffix}`);
    expect(await newest.locator('b').count()).toBe(0);
    await newest.getByText('NPS 3', { exact: true }).waitFor();
    expect(await newest.getByText('Public API', { exact: true }).count()).toBe(1);
    expect(await entries.nth(1).innerText()).toContain('Delivery came two days late.\nThe driver was kind though.');
    expect(await page.getByRole('list', { name: 'Timeline' }).getByText(/^NPS \d+$/).count()).toBe(1);
    await screenshot(page, 'intake-customer-page');
  });

  it('shows a member Customers in the navigation, but no Settings', async () => {
    const member = await openBrowser();
    try {
      const { page } = member;
      await signIn(page, DEMO_LOGINS.member);
      await page.waitForURL(/\/inbox$/);
      const nav = mainNav(page);
      await nav.getByRole('link', { name: 'Customers', exact: true }).click();
      await page.getByRole('heading', { name: 'Customers', exact: true }).waitFor();
      expect(await nav.getByRole('link', { name: 'Settings', exact: true }).count()).toBe(0);
      expect(await nav.getByRole('link', { name: 'Channels', exact: true }).count()).toBe(0);
      await screenshot(page, 'intake-member-customers');
      await signOut(page);
    } finally {
      await member.close();
    }
  });
});
