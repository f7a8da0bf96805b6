import { Client } from 'pg';
import { openSignedInAdmin } from './support/app';
import { screenshot, type BrowserSession } from './support/browser';

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
 * Issue 4's learning loop: staff corrections become labels, an admin retrains the sentiment model
 * from Settings → Models and sees the new version with its held-out scores; a member-level action on
 * the customer timeline ("Correct") records one more label.
 */
describe('models and corrections', () => {
  let admin: BrowserSession;

  beforeAll(async () => {
    admin = await openSignedInAdmin();
  });

  afterAll(async () => {
    await admin?.close();
  });

  it('retrains the sentiment model from Settings → Models after labels were recorded through the API', async () => {
    const { page } = admin;
    const items = await query<{ id: string; text: string }>(`SELECT id, text FROM feedback WHERE text <> '' ORDER BY id LIMIT 80`);
    expect(items.length).toBeGreaterThanOrEqual(60);
    const [before] = await query<{ max: number | null }>(`SELECT max(version) AS max FROM classifier_model WHERE kind = 'sentiment'`);
    // Labels through the real API, with the admin's session (page.request shares the browser's cookies).
    for (const [i, item] of items.entries()) {
      const res = await page.request.post(`/api/enrichment/feedback/${item.id}/labels`, {
        data: { kind: 'sentiment', value: i % 3 === 0 ? 'positive' : 'negative' },
      });
      expect(res.status()).toBe(201);
    }

    await page.goto('/settings/models');
    await page.getByRole('heading', { name: 'Models', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Sentiment model' }).waitFor();
    const retrain = page.getByRole('button', { name: 'Retrain now' }).first();
    await retrain.click();
    const next = (before?.max ?? 0) + 1;
    await page.getByText(new RegExp(`Version ${next} scored .*(is now active|was not promoted)`)).waitFor({ timeout: 60_000 });
    const versions = page.getByRole('list', { name: 'Sentiment model versions' });
    await versions.getByText(`v${next}`, { exact: true }).waitFor();
    const [stored] = await query<{ status: string; training_size: number }>(
      `SELECT status, training_size FROM classifier_model WHERE kind = 'sentiment' AND version = $1`,
      [next],
    );
    expect(['active', 'rejected']).toContain(stored.status);
    expect(stored.training_size).toBeGreaterThan(0);
    await screenshot(page, 'settings-models');
  });

  it('corrects one item’s sentiment from the customer timeline', async () => {
    const { page } = admin;
    const [customer] = await query<{ id: string }>(
      `SELECT f.customer_id AS id FROM feedback f
        WHERE NOT EXISTS (SELECT 1 FROM feedback_label l JOIN feedback g ON g.id = l.feedback_id WHERE g.customer_id = f.customer_id)
        GROUP BY f.customer_id ORDER BY count(*) DESC LIMIT 1`,
    );
    await page.goto(`/customers/${customer.id}`);
    const correct = page.getByRole('button', { name: /^Correct sentiment and topics/ }).first();
    await correct.click();
    const dialog = page.getByRole('dialog', { name: 'Correct this entry' });
    const current = await dialog.getByLabel('Sentiment').inputValue();
    const wanted = current === 'positive' ? 'negative' : 'positive';
    await dialog.getByLabel('Sentiment').selectOption(wanted);
    await screenshot(page, 'customer-correct-sentiment');
    await dialog.getByRole('button', { name: 'Save correction' }).click();
    await page.getByText('Correction saved').first().waitFor();
    await dialog.waitFor({ state: 'detached' });
    const labels = await query<{ value: string; sentiment: string; sentiment_model: string }>(
      `SELECT l.value #>> '{}' AS value, f.sentiment, f.sentiment_model FROM feedback_label l JOIN feedback f ON f.id = l.feedback_id
        WHERE f.customer_id = $1 AND l.kind = 'sentiment'`,
      [customer.id],
    );
    expect(labels).toEqual([{ value: wanted, sentiment: wanted, sentiment_model: 'staff@correction' }]);
  });
});
