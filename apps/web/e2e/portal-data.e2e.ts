import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { Client } from 'pg';
import { unique } from './support/app';
import { baseUrl, openBrowser, screenshot, type BrowserSession } from './support/browser';

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/** A customer session the way the portal makes one: the cookie holds the secret, the row its sha256. */
async function customerSecret(customerId: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(secret, 'utf8').digest('hex');
  await query(`INSERT INTO customer_session (customer_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 days')`, [customerId, hash]);
  return secret;
}

/**
 * Issue 6's "Your data" in the portal: a signed-in customer downloads the export (a zip with
 * data.json holding what they wrote), then erases their data after a confirmation that says what
 * is kept and what goes, and sees the receipt; their words are gone from the database.
 */
describe('portal: your data', () => {
  const tag = unique();
  const marker = `Brambleworth${tag}`;
  const email = `portal.data.${tag}@example.test`;
  let customerId: string;
  let session: BrowserSession | undefined;

  beforeAll(async () => {
    [{ id: customerId }] = await query<{ id: string }>(`INSERT INTO customer (name, locale) VALUES ($1, 'en') RETURNING id`, [`Rowan ${marker}`]);
    await query(`INSERT INTO customer_identity (customer_id, kind, value, verified) VALUES ($1, 'email', $2, true)`, [customerId, email]);
    const [conv] = await query<{ id: string }>(`INSERT INTO conversation (customer_id, channel, reference) VALUES ($1, 'email', $2) RETURNING id`, [
      customerId,
      `FC-${tag.toUpperCase()}`,
    ]);
    await query(
      `INSERT INTO feedback (customer_id, conversation_id, channel, source, subject, text, score_scale, score_value, received_at, metadata, attachments, sentiment)
       VALUES ($1, $2, 'email', 'email', 'My trip', $3, 'csat', 2, now(), '{}', '[]', 'negative')`,
      [customerId, conv.id, `The lounge was closed, ${marker}.`],
    );
    session = await openBrowser();
    await session.context.addCookies([{ name: 'fc_customer', value: await customerSecret(customerId), url: baseUrl(), httpOnly: true, sameSite: 'Lax' }]);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('downloads a zip with data.json holding their data', async () => {
    const page = session!.page;
    await page.goto('/portal');
    const section = page.getByRole('heading', { name: 'Your data', exact: true });
    await section.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fullcircle-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['data.json', 'feedback.csv', 'customer.csv']));
    const doc = JSON.parse(strFromU8(files['data.json']));
    expect(doc.customerId).toBe(customerId);
    expect(JSON.stringify(doc.tables.feedback)).toContain(marker);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, 'portal-your-data');
  });

  it('erases their data after a clear confirmation, and shows the receipt', async () => {
    const page = session!.page;
    await page.getByRole('button', { name: 'Erase my data' }).click();
    const dialog = page.getByRole('alertdialog', { name: 'Erase all your data?' });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/We keep, without anything that identifies you,.*scores/);
    await screenshot(page, 'portal-erase-confirm');
    // Cancel changes nothing
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(await query(`SELECT name FROM customer WHERE id = $1`, [customerId])).toEqual([{ name: `Rowan ${marker}` }]);

    await page.getByRole('button', { name: 'Erase my data' }).click();
    await dialog.getByRole('button', { name: 'Erase my data' }).click();
    await page.waitForURL(/\/portal\/erased\?receipt=/);
    await page.getByRole('heading', { name: 'Your data was erased' }).waitFor();
    const receiptId = (await page.getByTestId('erasure-receipt-id').textContent())?.trim();
    expect(receiptId).toMatch(/^[0-9a-f-]{36}$/);
    await screenshot(page, 'portal-erasure-receipt');

    expect(await query(`SELECT customer_id FROM erasure_receipt WHERE id = $1`, [receiptId])).toEqual([{ customer_id: customerId }]);
    expect(await query(`SELECT text FROM feedback WHERE customer_id = $1`, [customerId])).toEqual([{ text: '[erased]' }]);
    expect(await query(`SELECT count(*)::int AS n FROM customer_identity WHERE customer_id = $1`, [customerId])).toEqual([{ n: 0 }]);
    // signed out: the portal sends them to sign in
    await page.goto('/portal');
    await page.waitForURL(/\/portal\/sign-in/);
  });
});
