import { DemoFeedbackSeedService } from '../src/modules/intake/seed/demo-feedback-seed.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('demo feedback seed', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('demo_feedback');
  });

  afterAll(() => e2e?.close());

  const counts = async () =>
    (
      await e2e.db.query(
        `SELECT (SELECT count(*)::int FROM feedback WHERE source = 'demo-seed') AS items,
                (SELECT count(DISTINCT customer_id)::int FROM feedback WHERE source = 'demo-seed') AS customers,
                (SELECT count(*)::int FROM outbox_message o JOIN feedback f ON f.id::text = o.payload->>'feedbackId'
                  WHERE o.queue = 'enrichment' AND f.source = 'demo-seed') AS announced`,
      )
    )[0];

  it('sends a generated history through intake on first start: customers, items and their enrichment jobs', async () => {
    const seeded = await counts();
    expect(seeded.items).toBe(120);
    expect(seeded.customers).toBeGreaterThan(20);
    expect(seeded.announced).toBe(120);
  });

  it('never duplicates on a second run', async () => {
    const before = await counts();
    await expect(e2e.app.get(DemoFeedbackSeedService, { strict: false }).seed()).resolves.toBe(0);
    expect(await counts()).toEqual(before);
  });

  it('shows the seeded customers to staff', async () => {
    const cookie = await e2e.signIn('member');
    const res = await e2e.request({ method: 'GET', url: '/api/customers?limit=5', cookie });
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toHaveLength(5);
  });
});
