import { DEMO_LOGINS } from '@fullcircle/shared';
import { DemoFeedSeedService } from '../src/modules/communications/seed/demo-feed-seed.service';
import { DemoSeedService } from '../src/modules/org/seed/demo-seed.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('demo organisation seed', () => {
  const apps: E2eApp[] = [];

  afterAll(async () => {
    for (const app of apps.reverse()) await app.close();
  });

  const counts = async (e2e: E2eApp) =>
    (
      await e2e.db.query(
        `SELECT (SELECT count(*)::int FROM app_user) AS users, (SELECT count(*)::int FROM department) AS departments, (SELECT count(*)::int FROM routing_rule) AS rules`,
      )
    )[0];

  it('creates departments and one user per role on first start, and never duplicates them', async () => {
    const first = await startE2eApp('demo_seed');
    apps.push(first);
    const seeded = await counts(first);
    expect(seeded.departments).toBe(5);
    // starter routing rules, each pointing at a demo department
    expect(seeded.rules).toBe(4);
    const [{ orphans }] = await first.db.query(`SELECT count(*)::int AS orphans FROM routing_rule WHERE actions->>'departmentId' NOT IN (SELECT id::text FROM department)`);
    expect(orphans).toBe(0);
    expect(seeded.users).toBeGreaterThan(Object.keys(DEMO_LOGINS).length);

    apps.push(await startE2eApp('demo_seed', { DATABASE_URL: first.env.DATABASE_URL }));
    expect(await counts(first)).toEqual(seeded);
    await expect(first.app.get(DemoSeedService, { strict: false }).seed()).resolves.toBe(0);
    expect(await counts(first)).toEqual(seeded);
  });

  it('seeds once when several API processes start together on an empty database', async () => {
    const first = await startE2eApp('demo_seed_race', { SEED_DEMO: 'false' });
    apps.push(first);
    const seed = first.app.get(DemoSeedService, { strict: false });
    const created = await Promise.all([seed.seed(), seed.seed(), seed.seed()]);
    expect(created.filter((n) => n > 0)).toHaveLength(1);
    const [{ n }] = await first.db.query('SELECT count(*)::int AS n FROM app_user WHERE email = $1', [DEMO_LOGINS.admin.email]);
    expect(n).toBe(1);
  });

  it('gives the demo member their two departments and the owner Baggage', async () => {
    const e2e = apps[0];
    const rows = await e2e.db.query(
      `SELECT u.email, d.slug, m.is_owner FROM department_membership m JOIN app_user u ON u.id = m.user_id
         JOIN department d ON d.id = m.department_id WHERE u.email = ANY($1) ORDER BY u.email, d.slug`,
      [[DEMO_LOGINS.owner.email, DEMO_LOGINS.member.email]],
    );
    expect(rows).toEqual([
      { email: DEMO_LOGINS.member.email, slug: 'baggage', is_owner: false },
      { email: DEMO_LOGINS.member.email, slug: 'customer-care', is_owner: false },
      { email: DEMO_LOGINS.owner.email, slug: 'baggage', is_owner: true },
    ]);
  });

  it('starts the feed with entries the member may read: company-wide and their departments’, none of Flight Operations', async () => {
    const e2e = apps[0];
    const member = await e2e.signIn('member');
    const res = await e2e.request({ method: 'GET', url: '/api/communications/feed', cookie: member });
    expect(res.statusCode).toBe(200);
    const entries: { kind: string; department: { name: string } | null; person: { name: string } | null }[] = res.json().entries;
    expect(entries.map((e) => e.department?.name ?? 'company')).toEqual(expect.arrayContaining(['company', 'Baggage']));
    expect(entries.some((e) => e.department?.name === 'Flight Operations')).toBe(false);
    expect(entries.find((e) => e.kind === 'recognition')?.person?.name).toBe(DEMO_LOGINS.member.name);
    await expect(e2e.app.get(DemoFeedSeedService, { strict: false }).seed()).resolves.toBe(0);
  });

  it('skips seeding when SEED_DEMO is false', async () => {
    const e2e = await startE2eApp('demo_seed_off', { SEED_DEMO: 'false' });
    apps.push(e2e);
    expect((await counts(e2e)).users).toBe(0);
  });
});
