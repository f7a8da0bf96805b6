import { INITIATIVE_STATUSES } from '@fullcircle/shared';
import { InitiativeFanOutService } from '../src/modules/initiatives/initiative-fan-out.service';
import { DEMO_INITIATIVES } from '../src/modules/initiatives/seed/demo-initiatives.data';
import { DemoInitiativesSeedService } from '../src/modules/initiatives/seed/demo-initiatives-seed.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('demo initiatives seed', () => {
  const apps: E2eApp[] = [];
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('demo_initiatives');
    apps.push(e2e);
  });

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });

  const counts = async (app: E2eApp) =>
    (
      await app.db.query(
        `SELECT (SELECT count(*)::int FROM initiative) AS initiatives, (SELECT count(*)::int FROM initiative_link) AS links,
                (SELECT count(*)::int FROM initiative_vote) AS votes, (SELECT count(*)::int FROM initiative_follow) AS follows,
                (SELECT count(*)::int FROM initiative_comment) AS comments, (SELECT count(*)::int FROM initiative_update) AS updates`,
      )
    )[0];

  it('creates improvements in every status, owned by demo staff, each linked by staff to real demo feedback', async () => {
    const rows: { title: string; status: string; kind: string; owner_email: string | null; departments: number; links: number; demo_links: number; sources: string[] }[] =
      await e2e.db.query(
        `SELECT i.title, i.status, i.kind, u.email AS owner_email, cardinality(i.department_ids) AS departments,
                count(l.feedback_id)::int AS links, count(f.id) FILTER (WHERE f.source = 'demo-seed')::int AS demo_links,
                array_remove(array_agg(DISTINCT l.source), NULL) AS sources
           FROM initiative i LEFT JOIN app_user u ON u.id = i.owner_id
           LEFT JOIN initiative_link l ON l.initiative_id = i.id LEFT JOIN feedback f ON f.id = l.feedback_id
          GROUP BY i.id, u.email ORDER BY i.title`,
      );
    expect(rows.map((r) => r.title).sort()).toEqual(DEMO_INITIATIVES.map((d) => d.title).sort());
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(INITIATIVE_STATUSES));
    for (const row of rows) {
      expect(row.kind).toBe('improvement');
      expect(row.owner_email).toMatch(/@demo\.fullcircle\.test$/);
      expect(row.departments).toBeGreaterThan(0);
      expect(row.links).toBeGreaterThan(0);
      expect(row.demo_links).toBe(row.links);
      expect(row.sources).toEqual(['staff']);
    }
    expect(rows.find((r) => r.title === 'Faster baggage claim at JFK')?.owner_email).toBe('owner@demo.fullcircle.test');
    // Created through the service (audited as the owner's work), and the seed itself audited as the demo seed.
    const audited: { action: string; actor: string | null; n: number }[] = await e2e.db.query(
      `SELECT payload->>'action' AS action, payload->>'actorName' AS actor, count(*)::int AS n FROM outbox_message
        WHERE queue = 'audit' AND payload->>'action' IN ('initiatives.created', 'initiatives.demo.seeded') GROUP BY 1, 2 ORDER BY 1, 2`,
    );
    expect(audited.find((a) => a.action === 'initiatives.demo.seeded')).toEqual({ action: 'initiatives.demo.seeded', actor: 'demo seed', n: 1 });
    expect(audited.filter((a) => a.action === 'initiatives.created').reduce((sum, a) => sum + a.n, 0)).toBe(DEMO_INITIATIVES.length);
  });

  it('shows the public ones on the board, with votes, and never the internal one', async () => {
    const res = await e2e.request({ method: 'GET', url: '/api/board/initiatives' });
    expect(res.statusCode).toBe(200);
    const listed: { title: string; votes: number; followers: number }[] = res.json().initiatives;
    const publicTitles = DEMO_INITIATIVES.filter((d) => d.isPublic).map((d) => d.title);
    expect(listed.map((i) => i.title).sort()).toEqual([...publicTitles].sort());
    expect(listed.every((i) => i.votes > 0)).toBe(true);
    expect(listed.some((i) => i.followers > 0)).toBe(true);
    expect(listed.map((i) => i.title)).not.toContain('Service refresher for cabin crew');
  });

  it('gives moderators pending comments and the board approved ones', async () => {
    const owner = await e2e.signIn('owner');
    const pending = await e2e.request({ method: 'GET', url: '/api/board/moderation/comments', cookie: owner });
    expect(pending.statusCode).toBe(200);
    expect(pending.json().length).toBe(DEMO_INITIATIVES.flatMap((d) => d.comments).filter((c) => c.status === 'pending').length);

    const [shipped]: { id: string }[] = await e2e.db.query(`SELECT id FROM initiative WHERE status = 'shipped'`);
    const detail = await e2e.request({ method: 'GET', url: `/api/board/initiatives/${shipped.id}` });
    expect(detail.statusCode).toBe(200);
    const body = detail.json();
    expect(body.comments.length).toBe(2);
    expect(body.timeline.map((t: { kind: string }) => t.kind)).toEqual(['created', 'shipped']);
    expect(body.outcomeNote).toMatch(/delayed by 15 minutes/);
  });

  it('ships through publishUpdate: one update, its fan-out job, and notices that follow each customer’s consent', async () => {
    const [update]: { id: string; kind: string; fanned_out_at: Date | null }[] = await e2e.db.query(
      `SELECT u.id, u.kind, u.fanned_out_at FROM initiative_update u JOIN initiative i ON i.id = u.initiative_id WHERE i.status = 'shipped'`,
    );
    expect(update.kind).toBe('shipped');
    const [{ jobs }] = await e2e.db.query(`SELECT count(*)::int AS jobs FROM outbox_message WHERE queue = 'initiatives' AND payload->>'updateId' = $1`, [update.id]);
    expect(jobs).toBe(1);

    // Followers agreed to product updates in the demo; one more linked customer agrees now.
    const [agreed]: { customer_id: string }[] = await e2e.db.query(
      `SELECT l.customer_id FROM initiative_link l WHERE l.initiative_id = (SELECT initiative_id FROM initiative_update WHERE id = $1)
          AND NOT EXISTS (SELECT 1 FROM consent_record r WHERE r.customer_id = l.customer_id) ORDER BY l.customer_id LIMIT 1`,
      [update.id],
    );
    await e2e.db.query(`INSERT INTO consent_record (customer_id, purpose, granted, source, wording) VALUES ($1, 'product_updates', true, 'test', 'Tell me about changes')`, [
      agreed.customer_id,
    ]);
    // What the worker runs for that job, here in-process.
    await e2e.app.get(InitiativeFanOutService, { strict: false }).fanOut(update.id);

    const notices: { customer_id: string; outcome: string; channel: string | null; consented: boolean }[] = await e2e.db.query(
      `SELECT n.customer_id, n.outcome, n.channel,
              EXISTS (SELECT 1 FROM consent_record r WHERE r.customer_id = n.customer_id AND r.purpose = 'product_updates' AND r.granted) AS consented
         FROM initiative_notice n WHERE n.update_id = $1`,
      [update.id],
    );
    const [{ people }] = await e2e.db.query(
      `SELECT count(DISTINCT customer_id)::int AS people FROM (
         SELECT customer_id FROM initiative_link WHERE initiative_id = (SELECT initiative_id FROM initiative_update WHERE id = $1)
         UNION SELECT customer_id FROM initiative_vote WHERE initiative_id = (SELECT initiative_id FROM initiative_update WHERE id = $1)
         UNION SELECT customer_id FROM initiative_follow WHERE initiative_id = (SELECT initiative_id FROM initiative_update WHERE id = $1)) p`,
      [update.id],
    );
    expect(notices).toHaveLength(people);
    for (const n of notices) {
      if (n.consented) expect(n).toMatchObject({ outcome: 'queued', channel: 'email' });
      else expect(n).toMatchObject({ outcome: 'no_consent', channel: null });
    }
    const followers = DEMO_INITIATIVES.find((d) => d.title === 'Clearer delay notifications')!.follows;
    expect(notices.filter((n) => n.outcome === 'queued').length).toBeGreaterThanOrEqual(followers + 1);
    expect(notices.find((n) => n.customer_id === agreed.customer_id)?.outcome).toBe('queued');
    expect(notices.some((n) => n.outcome === 'no_consent')).toBe(true);
    const [{ demo }] = await e2e.db.query(`SELECT count(*)::int AS demo FROM consent_record WHERE source = 'demo seed'`);
    expect(demo).toBeGreaterThan(0);
  });

  it('never duplicates: neither a second start on the same database nor another run', async () => {
    const before = await counts(e2e);
    expect(before.initiatives).toBe(DEMO_INITIATIVES.length);
    const second = await startE2eApp('demo_initiatives', { DATABASE_URL: e2e.env.DATABASE_URL });
    apps.push(second);
    expect(await counts(e2e)).toEqual(before);
    await expect(second.app.get(DemoInitiativesSeedService, { strict: false }).seed()).resolves.toBe(0);
    expect(await counts(e2e)).toEqual(before);
  });

  it('seeds once when several processes run it together', async () => {
    await e2e.db.query('DELETE FROM initiative');
    const seed = e2e.app.get(DemoInitiativesSeedService, { strict: false });
    const created = await Promise.all([seed.seed(), seed.seed(), seed.seed()]);
    expect(created.sort()).toEqual([0, 0, DEMO_INITIATIVES.length]);
    expect((await counts(e2e)).initiatives).toBe(DEMO_INITIATIVES.length);
  });

  it('does nothing without the demo feedback', async () => {
    const off = await startE2eApp('demo_initiatives_off', { SEED_DEMO: 'false' });
    apps.push(off);
    await expect(off.app.get(DemoInitiativesSeedService, { strict: false }).seed()).resolves.toBe(0);
    expect((await counts(off)).initiatives).toBe(0);
  });
});
