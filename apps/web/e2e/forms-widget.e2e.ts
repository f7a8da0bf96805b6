import { readFileSync } from 'node:fs';
import { type Server, createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { Client } from 'pg';
import { openSignedInAdmin, unique } from './support/app';
import { baseUrl, openBrowser, screenshot, type BrowserSession } from './support/browser';

const WIDGET_FILE = path.resolve(__dirname, '../../widget/dist/widget.js');
const WIDGET_BUDGET_BYTES = 15 * 1024;

async function query<T>(sql: string, params: unknown[]): Promise<T[]> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Channels 2 and 5: an admin creates a form with chat on for a shop's site; the shop's page (a
 * plain HTML page on another port) embeds widget.js with one tag; a visitor answers through the
 * widget, then follows up in its chat; the hosted page takes an answer on a phone.
 */
describe('forms and widget', () => {
  let admin: BrowserSession;
  let shop: Server;
  let shopUrl = '';
  const name = `E2E widget ${unique()}`;
  const slug = `e2e-${unique()}`;

  beforeAll(async () => {
    // The customer's site: another origin than the product (same host, another port).
    const host = new URL(baseUrl()).hostname;
    shop = createServer((request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Example shop</title>
<style>body{font:16px system-ui;margin:40px;color:#222} h1{color:#b45309}</style></head>
<body><h1>Example shop</h1><p>Our products are great. This page embeds the Fullcircle widget.</p>
<script src="${baseUrl()}/widget.js" data-form="${slug}" async></script>
</body></html>`);
    });
    await new Promise<void>((resolve) => shop.listen(0, host, resolve));
    shopUrl = `http://${host}:${(shop.address() as AddressInfo).port}`;
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
    await new Promise((resolve) => shop?.close(resolve));
  });

  it(`keeps widget.js under ${WIDGET_BUDGET_BYTES / 1024} kB gzipped and serves it for other sites`, async () => {
    const gzipped = gzipSync(readFileSync(WIDGET_FILE), { level: 9 }).length;
    console.log(`widget.js: ${gzipped} bytes gzipped`);
    expect(gzipped).toBeLessThan(WIDGET_BUDGET_BYTES);
    const res = await fetch(`${baseUrl()}/widget.js`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('lists the demo form and creates a form with chat on for the shop', async () => {
    const { page } = admin;
    await page.goto('/settings/channels/forms');
    await page.getByRole('heading', { name: 'Forms & widget', exact: true }).waitFor();
    const demo = page.getByRole('row').filter({ hasText: 'Website feedback (demo)' });
    await demo.waitFor();
    expect(Number(await demo.getByRole('cell').nth(2).innerText())).toBeGreaterThanOrEqual(5);
    await screenshot(page, 'forms-list');

    await page.getByRole('button', { name: 'New form' }).click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Slug', { exact: true }).fill(slug);
    await page.getByLabel('Conversation mode').check();
    await page.getByLabel('Title', { exact: true }).fill('How was your order?');
    await page.getByLabel('Accent colour (hex)').fill('#b45309');
    await page.getByLabel('Allowed origins').fill(shopUrl);
    await page.getByRole('button', { name: 'Add question' }).click();
    await page.getByLabel('Question', { exact: true }).fill('What did you buy?');
    await page.getByRole('region', { name: 'Preview' }).getByText('What did you buy?').waitFor();
    await screenshot(page, 'forms-editor');
    await page.getByRole('button', { name: 'Create form' }).click();
    const row = page.getByRole('row').filter({ hasText: name });
    await row.waitFor();
    await row.getByText('Chat').waitFor();

    await row.getByRole('button', { name: `Edit ${name}` }).click();
    await page.getByLabel('Embed snippet').or(page.getByText('Embed snippet')).first().waitFor();
    await page.getByText(`<script src="${baseUrl()}/widget.js" data-form="${slug}" async></script>`).waitFor();
    await screenshot(page, 'forms-editor-share');
    await page.getByRole('button', { name: 'All forms' }).click();
  });

  it('takes an answer through the widget on the shop page, then a chat follow-up on the same conversation', async () => {
    const visitor = await openBrowser();
    try {
      const { page } = visitor;
      await page.goto(shopUrl);
      // Keyboard: the launcher opens the panel with focus inside, Escape closes it and returns focus.
      const launcher = page.getByRole('button', { name: 'Feedback' });
      await launcher.focus();
      await page.keyboard.press('Enter');
      const panel = page.getByRole('dialog', { name: 'How was your order?' });
      await panel.waitFor();
      await page.keyboard.press('Escape');
      await panel.waitFor({ state: 'detached' });
      expect(await launcher.evaluate((el) => el.getRootNode() instanceof ShadowRoot && (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
      await launcher.click();
      await panel.getByRole('button', { name: '9', exact: true }).click();
      await panel.getByLabel('What is the main reason for your score?').fill('Quick delivery, nice packaging');
      await panel.getByLabel('What did you buy?').fill('A kettle');
      await panel.getByLabel('Email (optional)').fill(`widget-${unique()}@example.test`);
      await screenshot(page, 'widget-form');
      await panel.getByRole('button', { name: 'Send', exact: true }).click();
      await panel.getByText('Thank you! Your feedback goes straight to the team.').waitFor();
      await panel.getByText('Quick delivery, nice packaging').waitFor();

      await panel.getByLabel('Your message').fill('Also: the tracking link did not work');
      await panel.getByRole('button', { name: 'Send', exact: true }).click();
      await panel.getByText('Also: the tracking link did not work').waitFor();
      await screenshot(page, 'widget-chat');

      const rows = await query<{ channel: string; text: string; conversation_id: string; metadata: Record<string, unknown> }>(
        `SELECT f.channel, f.text, f.conversation_id, f.metadata FROM feedback f JOIN feedback_form ff ON f.source = 'form:' || ff.id
         WHERE ff.slug = $1 ORDER BY f.received_at`,
        [slug],
      );
      expect(rows.map((r) => [r.channel, r.text])).toEqual([
        ['widget', 'Quick delivery, nice packaging'],
        ['chat', 'Also: the tracking link did not work'],
      ]);
      expect(rows[1].conversation_id).toBe(rows[0].conversation_id);
      expect(rows[0].metadata).toMatchObject({ via: 'widget', pageUrl: `${shopUrl}/`, 'answer.q1': 'A kettle' });

      // The chat resumes after a reload: the token is in localStorage, there are no cookies.
      await page.reload();
      await page.getByRole('button', { name: 'Feedback' }).click();
      await page.getByText('Also: the tracking link did not work').waitFor();
      expect(await visitor.context.cookies(baseUrl())).toEqual([]);
    } finally {
      await visitor.close();
    }
  });

  it('takes an answer on the hosted page on a phone', async () => {
    const customer = await openBrowser({ viewport: { width: 390, height: 844 } });
    try {
      const { page } = customer;
      await page.goto('/f/demo-feedback');
      await page.getByRole('heading', { name: 'How was your flight?' }).waitFor();
      await screenshot(page, 'hosted-form');
      await page.getByRole('button', { name: '4', exact: true }).click();
      const comment = `Legroom was tight ${unique()}`;
      await page.getByLabel('What is the main reason for your score?').fill(comment);
      await page.getByLabel('What was your trip for?').selectOption('Leisure');
      await page.getByRole('button', { name: 'Send feedback' }).click();
      await page.getByText('Thank you! Our customer team reads every answer.').waitFor();
      await screenshot(page, 'hosted-form-done');
      const [row] = await query<{ channel: string; score_value: number }>(`SELECT channel, score_value FROM feedback WHERE text = $1`, [comment]);
      expect(row).toEqual({ channel: 'web_form', score_value: 4 });
    } finally {
      await customer.close();
    }
  });
});
