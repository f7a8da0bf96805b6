import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { Client } from 'pg';
import { openSignedInAdmin, signIn, unique } from './support/app';
import { DEMO_LOGINS, openBrowser, screenshot, type BrowserSession } from './support/browser';

async function query<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query(sql, params)).rows as T[];
  } finally {
    await client.end();
  }
}

/**
 * Issue 6, staff side: an admin handling a request received by letter or phone exports everything
 * held about a customer (a zip with data.json) and erases them after typing ERASE, seeing the
 * receipt and the anonymised customer. Owners do not get the card.
 */
describe('customer page: data requests', () => {
  const tag = unique();
  const marker = `Quillfeather${tag}`;
  const name = `Morgan ${marker}`;
  let customerId: string;
  let admin: BrowserSession | undefined;
  let owner: BrowserSession | undefined;

  beforeAll(async () => {
    [{ id: customerId }] = await query<{ id: string }>(`INSERT INTO customer (name, locale) VALUES ($1, 'en') RETURNING id`, [name]);
    await query(`INSERT INTO customer_identity (customer_id, kind, value, verified) VALUES ($1, 'email', $2, true)`, [customerId, `staff.data.${tag}@example.test`]);
    const [conv] = await query<{ id: string }>(`INSERT INTO conversation (customer_id, channel, reference) VALUES ($1, 'email', $2) RETURNING id`, [
      customerId,
      `FC-S${tag.toUpperCase()}`,
    ]);
    await query(
      `INSERT INTO feedback (customer_id, conversation_id, channel, source, subject, text, score_scale, score_value, received_at, metadata, attachments, sentiment)
       VALUES ($1, $2, 'email', 'email', 'Refund', $3, 'nps', 3, now(), '{}', '[]', 'negative')`,
      [customerId, conv.id, `Still no refund, ${marker}.`],
    );
  });

  afterAll(async () => {
    await admin?.close();
    await owner?.close();
  });

  it('is not offered to an owner', async () => {
    owner = await openBrowser();
    await signIn(owner.page, DEMO_LOGINS.owner);
    await owner.page.waitForURL(/\/inbox$/);
    await owner.page.goto(`/customers/${customerId}`);
    await owner.page.getByRole('heading', { level: 1, name }).waitFor();
    await owner.page.getByRole('heading', { name: 'Consent', exact: true }).waitFor();
    expect(await owner.page.getByRole('heading', { name: 'Data requests' }).count()).toBe(0);
    expect(await owner.page.getByRole('button', { name: 'Erase customer…' }).count()).toBe(0);
  });

  it('lets an admin download the export: a zip with data.json holding the customer', async () => {
    admin = await openSignedInAdmin();
    const page = admin.page;
    await page.goto(`/customers/${customerId}`);
    await page.getByRole('heading', { name: 'Data requests' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export data' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^fullcircle-data-\d{4}-\d{2}-\d{2}\.zip$/);
    const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['data.json', 'customer.csv', 'feedback.csv']));
    const doc = JSON.parse(strFromU8(files['data.json']));
    expect(doc.customerId).toBe(customerId);
    expect(JSON.stringify(doc.tables.feedback)).toContain(marker);
    await screenshot(page, 'customer-data-requests');
  });

  it('erases the customer after typing ERASE, shows the receipt and the anonymised customer', async () => {
    const page = admin!.page;
    await page.getByRole('button', { name: 'Erase customer…' }).click();
    const dialog = page.getByRole('dialog', { name: `Erase ${name}?` });
    await dialog.waitFor();
    await expect(dialog.textContent()).resolves.toMatch(/Kept, with nothing that identifies them:.*scores.*cases.*consent records/);
    const confirm = dialog.getByRole('button', { name: 'Erase customer' });
    expect(await confirm.isDisabled()).toBe(true);
    await dialog.getByLabel('Type ERASE to confirm').fill('ERASE');
    await screenshot(page, 'customer-erase-dialog');
    await confirm.click();
    await dialog.waitFor({ state: 'hidden' });

    const receipt = page.getByRole('note').filter({ hasText: 'Customer erased' });
    await receipt.waitFor();
    const [row] = await query<{ id: string; summary: Record<string, number> }>(`SELECT id, summary FROM erasure_receipt WHERE customer_id = $1`, [customerId]);
    await expect(receipt.textContent()).resolves.toContain(row.id);
    await expect(receipt.getByRole('definition').first().textContent()).resolves.toMatch(/^\d+$/);
    await page.getByRole('heading', { level: 1, name: 'Erased customer' }).waitFor();
    expect(await page.getByText(marker).count()).toBe(0);
    await screenshot(page, 'customer-erasure-receipt');

    expect(await query(`SELECT name FROM customer WHERE id = $1`, [customerId])).toEqual([{ name: 'Erased customer' }]);
    expect(await query(`SELECT text FROM feedback WHERE customer_id = $1`, [customerId])).toEqual([{ text: '[erased]' }]);
  });
});
