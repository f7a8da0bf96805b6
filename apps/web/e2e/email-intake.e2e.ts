import nodemailer from 'nodemailer';
import type { Locator } from 'playwright-core';
import { mainNav, openSignedInAdmin, unique } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';

/** The SMTP process started by e2e/global-setup.mjs next to the API. */
function smtpPort(): number {
  const port = Number(process.env.E2E_SMTP_PORT);
  if (!port) throw new Error('E2E_SMTP_PORT is not set: run through apps/web/e2e/jest.config.cjs');
  return port;
}

/** Reloads until `locator` shows: deliveries reach the page on its next poll. */
async function eventually(what: string, locator: Locator, reload: () => Promise<unknown>, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await locator.waitFor({ timeout: 3_000 }).then(() => true, () => false)) return;
    if (Date.now() > deadline) throw new Error(`${what} within ${timeoutMs / 1000} s`);
    await reload();
  }
}

/**
 * Email end to end: a message sent over SMTP to the running SMTP process shows on the Email
 * settings page as stored, a refused one with its reason, and the feedback on the sender's
 * customer page.
 */
describe('feedback by email', () => {
  let admin: BrowserSession;
  const suffix = unique();
  const sender = `mia.${suffix}@example.test`;
  const subject = `Gate changed twice ${suffix}`;
  const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtpPort(), secure: false, ignoreTLS: true });

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    transport.close();
    await admin?.close();
  });

  it('shows the feedback address and the seeded mail on Settings → Channels → Email', async () => {
    const { page } = admin;
    await page.goto('/settings/channels/email');
    await page.getByRole('heading', { level: 1, name: 'Email' }).waitFor();
    expect(await page.getByLabel('Feedback address', { exact: true }).inputValue()).toBe('feedback@fullcircle.localhost');
    expect(await page.getByLabel('SMTP server', { exact: true }).inputValue()).toBe(`127.0.0.1:${smtpPort()}`);
    await page.getByText('Live', { exact: true }).waitFor();
    // the demo seed's emails went through the same parser and intake as SMTP
    const deliveries = page.getByRole('table', { name: 'Recent email deliveries' });
    await deliveries.getByText(/^priya\.raman@example\.com: Wheelchair assistance did not show up → FC-/).waitFor();
  });

  it('lists a message sent over SMTP as stored, and a refused one with its reason', async () => {
    const { page } = admin;
    const sent = await transport.sendMail({ from: `Mia Keller <${sender}>`, to: 'feedback@fullcircle.localhost', subject, text: 'The gate changed twice and nobody announced it.' });
    expect(sent.response).toMatch(/^250 /);
    const refused = await transport.sendMail({ from: sender, to: `nobody.${suffix}@fullcircle.localhost`, subject: 'x', text: 'x' }).then(
      () => null,
      (error: Error & { responseCode?: number }) => error,
    );
    expect(refused?.responseCode).toBe(550);

    const table = page.getByRole('table', { name: 'Recent email deliveries' });
    const stored = table.getByRole('row').filter({ hasText: `${sender}: ${subject}` });
    await eventually('the stored message was not listed', stored, () => page.reload());
    await stored.getByText('Stored', { exact: true }).waitFor();
    const refusedRow = table.getByRole('row').filter({ hasText: `unknown recipient nobody.${suffix}@fullcircle.localhost` });
    await refusedRow.getByText('Refused', { exact: true }).waitFor();
    expect(await refusedRow.getByRole('cell').nth(2).innerText()).toBe('550');
    await screenshot(page, 'email-channel');
  });

  it("shows the email on the sender's customer page", async () => {
    const { page } = admin;
    await mainNav(page).getByRole('link', { name: 'Customers', exact: true }).click();
    await page.getByRole('searchbox', { name: 'Search customers' }).fill(sender);
    await page.getByRole('table', { name: 'Customers' }).getByRole('link', { name: 'Mia Keller', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Mia Keller' }).waitFor();
    const entry = page.getByRole('list', { name: 'Timeline' }).getByRole('listitem').filter({ hasText: 'The gate changed twice and nobody announced it.' });
    await entry.getByText('Email', { exact: true }).waitFor();
  });
});
