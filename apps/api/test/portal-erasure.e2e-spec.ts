// The right to erasure: POST /api/portal/erasure (the signed-in customer) and
// POST /api/customers/:id/erasure (admins). A customer seeded across every channel and table with
// distinctive values is erased; then EVERY text, json and array column of EVERY table and EVERY
// key in Redis is searched for those values (none may remain), the KPI figures are compared with
// the ones before, the receipt is read back and the old session is tried again.
import { getQueueToken } from '@nestjs/bullmq';
import type { ErasureReceiptDto } from '@fullcircle/shared';
import type { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import type { DataSource } from 'typeorm';
import { REDIS } from '../src/redis/redis.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { createApiKey } from './support/intake-api';
import { customerCookie } from './support/portal';
import { type PersonalValues, personalValues, type SeededCustomer, seedCustomerEverywhere } from './support/portal-data-seed';

const valuesOf = (v: PersonalValues) => [v.name, v.email, v.phone, v.phoneSpaced, v.handle, v.marker, v.pendingEmail];

/** Every (table.column, value) where a value occurs, over every text-like column of every table in the public schema. */
async function findInDatabase(db: DataSource, values: string[]): Promise<string[]> {
  const columns: { table_name: string; column_name: string }[] = await db.query(
    `SELECT c.table_name::text, c.column_name::text FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public' AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY'))`,
  );
  expect(columns.length).toBeGreaterThan(100);
  const hits: string[] = [];
  const needles = values.map((v) => v.toLowerCase());
  for (const { table_name: t, column_name: c } of columns) {
    const rows: { n: string }[] = await db.query(
      `SELECT n FROM unnest($1::text[]) n WHERE EXISTS (SELECT 1 FROM "${t}" WHERE strpos(lower("${c}"::text), n) > 0)`,
      [needles],
    );
    hits.push(...rows.map((r) => `${t}.${c}: ${r.n}`));
  }
  return hits;
}

/** Every key in Redis (all suites' prefixes: the values are unique to this suite) whose name or content holds a value. */
async function findInRedis(redis: Redis, values: string[]): Promise<string[]> {
  const needles = values.map((v) => v.toLowerCase());
  const hits: string[] = [];
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'COUNT', 1000);
    cursor = next;
    for (const key of keys) {
      const type = await redis.type(key);
      const content =
        type === 'string' ? await redis.get(key)
        : type === 'hash' ? JSON.stringify(await redis.hgetall(key))
        : type === 'list' ? JSON.stringify(await redis.lrange(key, 0, -1))
        : type === 'set' ? JSON.stringify(await redis.smembers(key))
        : type === 'zset' ? JSON.stringify(await redis.zrange(key, '0', '-1'))
        : type === 'stream' ? JSON.stringify(await redis.xrange(key, '-', '+'))
        : '';
      const blob = `${key}\n${content ?? ''}`.toLowerCase();
      hits.push(...needles.filter((n) => blob.includes(n)).map((n) => `${key}: ${n}`));
    }
  } while (cursor !== '0');
  return hits;
}

/** The figures the KPI pages are made of, over all feedback: NPS, CSAT, CES, averages, counts by sentiment, channel, topic and department. */
async function kpis(db: DataSource): Promise<Record<string, unknown>> {
  const [totals] = await db.query(`
    SELECT count(*)::int AS items,
           round(100.0 * (count(*) FILTER (WHERE score_scale = 'nps' AND score_value >= 9) - count(*) FILTER (WHERE score_scale = 'nps' AND score_value <= 6))
                 / nullif(count(*) FILTER (WHERE score_scale = 'nps'), 0), 4)::text AS nps,
           round(100.0 * count(*) FILTER (WHERE score_scale = 'csat' AND score_value >= 4) / nullif(count(*) FILTER (WHERE score_scale = 'csat'), 0), 4)::text AS csat,
           round(avg(score_value) FILTER (WHERE score_scale = 'nps'), 4)::text AS avg_nps,
           round(avg(score_value) FILTER (WHERE score_scale = 'csat'), 4)::text AS avg_csat,
           round(avg(score_value) FILTER (WHERE score_scale = 'ces'), 4)::text AS avg_ces,
           round(avg(sentiment_score)::numeric, 4)::text AS avg_sentiment
      FROM feedback`);
  const by = async (sql: string) => Object.fromEntries(((await db.query(sql)) as { k: string; n: number }[]).map((r) => [r.k, r.n]));
  return {
    ...totals,
    sentiment: await by(`SELECT coalesce(sentiment, 'none') AS k, count(*)::int AS n FROM feedback GROUP BY 1`),
    channel: await by(`SELECT channel AS k, count(*)::int AS n FROM feedback GROUP BY 1`),
    topic: await by(`SELECT t AS k, count(*)::int AS n FROM feedback, unnest(topics) t GROUP BY 1`),
    department: await by(`SELECT coalesce(c.department_id::text, 'triage') AS k, count(*)::int AS n FROM case_item i JOIN cases c ON c.id = i.case_id GROUP BY 1`),
    cases: await by(`SELECT status AS k, count(*)::int AS n FROM cases GROUP BY 1`),
    surveys: await by(`SELECT score::text AS k, count(*)::int AS n FROM survey_invitation WHERE score IS NOT NULL GROUP BY 1`),
    votes: await by(`SELECT initiative_id::text AS k, count(*)::int AS n FROM initiative_vote GROUP BY 1`),
  };
}

describe('customer erasure', () => {
  let e2e: E2eApp;
  let redis: Redis;
  let a: SeededCustomer;
  let b: SeededCustomer;
  let cookieA: string;
  let mergedId: string;
  const queue = (name: string) => e2e.app.get<Queue>(getQueueToken(name), { strict: false });

  beforeAll(async () => {
    e2e = await startE2eApp('portal-erasure');
    redis = e2e.app.get<Redis>(REDIS, { strict: false });
    const admin = await e2e.signIn('admin');
    const key = await createApiKey(e2e, admin);
    a = await seedCustomerEverywhere(e2e, key.secret, personalValues('a'));
    b = await seedCustomerEverywhere(e2e, key.secret, personalValues('b'));
    cookieA = await customerCookie(e2e.db, a.customerId);
    // an older record of A merged into A, with their name and a consent: erased with them
    [{ id: mergedId }] = await e2e.db.query(`INSERT INTO customer (name, merged_into_id) VALUES ($1, $2) RETURNING id`, [`${a.values.name} (old record)`, a.customerId]);
    await e2e.db.query(`INSERT INTO consent_record (customer_id, purpose, granted, source, wording) VALUES ($1, 'research', true, 'import', 'Invite me to surveys')`, [mergedId]);
    // queued jobs: one carrying A's personal values, one dispatching A's queued message (ids only), and B's
    const audit = queue('audit');
    await audit.add('record', { actorId: null, actorName: null, action: 'customers.customer.updated', targetType: 'customer', targetId: a.customerId, data: { name: a.values.name, email: a.values.email }, occurredAt: new Date().toISOString() }, { jobId: `erasure-test-a` });
    await audit.add('record', { actorId: null, actorName: null, action: 'customers.customer.updated', targetType: 'customer', targetId: b.customerId, data: { name: b.values.name, email: b.values.email }, occurredAt: new Date().toISOString() }, { jobId: `erasure-test-b` });
    await queue('communications').add('dispatch', { messageId: a.messageIds[1] }, { jobId: `erasure-test-dispatch-a`, delay: 3_600_000 });
  });

  afterAll(() => e2e?.close());

  describe('refusals (nothing is erased)', () => {
    it('answers 400 naming confirm without the confirmation word', async () => {
      for (const payload of [{}, { confirm: 'erase' }, { confirm: 'yes' }]) {
        const res = await e2e.request({ method: 'POST', url: '/api/portal/erasure', cookie: cookieA, payload });
        expect([res.statusCode, res.json().issues]).toEqual([400, [expect.objectContaining({ field: 'confirm' })]]);
      }
    });

    it('takes no customer id: B cannot name A (400), and B erasing acts on B only', async () => {
      const cookieB = await customerCookie(e2e.db, b.customerId);
      const res = await e2e.request({ method: 'POST', url: '/api/portal/erasure', cookie: cookieB, payload: { confirm: 'ERASE', customerId: a.customerId } });
      expect(res.statusCode).toBe(400);
      // a customer session is not staff: the staff route is closed to it
      const staffRoute = await e2e.request({ method: 'POST', url: `/api/customers/${a.customerId}/erasure`, cookie: cookieB, payload: { confirm: 'ERASE' } });
      expect(staffRoute.statusCode).toBe(401);
    });

    it('answers 401 to anonymous callers and staff sessions', async () => {
      expect((await e2e.request({ method: 'POST', url: '/api/portal/erasure', payload: { confirm: 'ERASE' } })).statusCode).toBe(401);
      const admin = await e2e.signIn('admin');
      expect((await e2e.request({ method: 'POST', url: '/api/portal/erasure', cookie: admin, payload: { confirm: 'ERASE' } })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: `/api/customers/${a.customerId}/erasure`, payload: { confirm: 'ERASE' } })).statusCode).toBe(401);
    });

    it.each(['owner', 'member', 'executive'] as const)('refuses the staff erasure to a %s: 403', async (role) => {
      const cookie = await e2e.signIn(role);
      const res = await e2e.request({ method: 'POST', url: `/api/customers/${a.customerId}/erasure`, cookie, payload: { confirm: 'ERASE' } });
      expect(res.statusCode).toBe(403);
    });

    it('answers 400 naming confirm to an admin without it, 404 for an unknown customer', async () => {
      const admin = await e2e.signIn('admin');
      const bad = await e2e.request({ method: 'POST', url: `/api/customers/${a.customerId}/erasure`, cookie: admin, payload: { confirm: 'ok' } });
      expect([bad.statusCode, bad.json().issues]).toEqual([400, [expect.objectContaining({ field: 'confirm' })]]);
      const unknown = await e2e.request({ method: 'POST', url: '/api/customers/00000000-0000-4000-8000-000000000000/erasure', cookie: admin, payload: { confirm: 'ERASE' } });
      expect(unknown.statusCode).toBe(404);
    });

    it('left everything in place', async () => {
      const [row] = await e2e.db.query('SELECT name FROM customer WHERE id = $1', [a.customerId]);
      expect(row.name).toBe(a.values.name);
      expect(await e2e.db.query('SELECT count(*)::int AS n FROM erasure_receipt')).toEqual([{ n: 0 }]);
    });
  });

  describe('POST /api/portal/erasure', () => {
    let before: Record<string, unknown>;
    let receipt: ErasureReceiptDto;
    let setCookie: string;

    beforeAll(async () => {
      // the search finds what it should before: the seed put A's values in the database and in Redis
      expect((await findInDatabase(e2e.db, valuesOf(a.values))).length).toBeGreaterThan(20);
      expect(await findInRedis(redis, valuesOf(a.values))).not.toEqual([]);
      before = await kpis(e2e.db);
      const res = await e2e.request({ method: 'POST', url: '/api/portal/erasure', cookie: cookieA, payload: { confirm: 'ERASE' } });
      expect(res.statusCode).toBe(200);
      receipt = res.json();
      setCookie = String(res.headers['set-cookie'] ?? '');
    });

    it('leaves none of their personal values in any column of any table', async () => {
      expect(await findInDatabase(e2e.db, valuesOf(a.values))).toEqual([]);
    });

    it('leaves none of their personal values in any Redis key (queued jobs purged), and keeps other customers’ jobs', async () => {
      expect(await findInRedis(redis, valuesOf(a.values))).toEqual([]);
      expect(await queue('communications').getJob('erasure-test-dispatch-a')).toBeUndefined();
      expect(await queue('audit').getJob('erasure-test-a')).toBeUndefined();
      expect((await queue('audit').getJob('erasure-test-b'))?.data.data.email).toBe(b.values.email);
    });

    it('does not touch another customer', async () => {
      const hits = await findInDatabase(e2e.db, valuesOf(b.values));
      expect(hits).toEqual(expect.arrayContaining([`customer.name: ${b.values.name.toLowerCase()}`, `feedback.text: ${b.values.marker.toLowerCase()}`]));
      const [row] = await e2e.db.query(`SELECT count(*)::int AS n FROM customer_identity WHERE customer_id = $1`, [b.customerId]);
      expect(row.n).toBe(3);
    });

    it('keeps the KPI figures exactly as they were', async () => {
      expect(await kpis(e2e.db)).toEqual(before);
    });

    it('keeps their feedback as anonymous scores, with channel, sentiment, topics and case', async () => {
      const rows = await e2e.db.query('SELECT text, subject, metadata, attachments, score_value, channel, sentiment, topics FROM feedback WHERE customer_id = $1 ORDER BY channel', [a.customerId]);
      expect(rows).toHaveLength(a.feedbackIds.length);
      for (const r of rows) {
        expect(r.text).toBe('[erased]');
        expect([null, '[erased]']).toContain(r.subject);
        expect(r.metadata).toEqual({});
        expect(r.attachments).toEqual([]);
      }
      expect(rows.map((r: { channel: string }) => r.channel)).toEqual(['api', 'email', 'sms', 'survey', 'web_form']);
      const [customer] = await e2e.db.query('SELECT name, locale FROM customer WHERE id = $1', [a.customerId]);
      expect(customer).toEqual({ name: 'Erased customer', locale: null });
      expect(await e2e.db.query('SELECT name FROM customer WHERE id = $1', [mergedId])).toEqual([{ name: 'Erased customer' }]);
      // consent records stay (the company's wording and the yes/no: proof of what was allowed, nothing personal)
      expect(await e2e.db.query('SELECT count(*)::int AS n FROM consent_record WHERE customer_id = ANY($1::uuid[])', [[a.customerId, mergedId]])).toEqual([{ n: 2 }]);
      expect(await e2e.db.query('SELECT count(*)::int AS n FROM customer_identity WHERE customer_id = $1', [a.customerId])).toEqual([{ n: 0 }]);
      expect(await e2e.db.query('SELECT count(*)::int AS n FROM initiative_comment WHERE customer_id = $1', [a.customerId])).toEqual([{ n: 0 }]);
      const [message] = await e2e.db.query('SELECT status, to_address FROM outbound_message WHERE id = $1', [a.messageIds[1]]);
      expect(message).toEqual({ status: 'suppressed', to_address: null });
    });

    it('answers a receipt (counts per table, no values) that is stored, and audits the erasure', async () => {
      expect(receipt).toMatchObject({ customerId: a.customerId, requestedBy: 'customer' });
      expect(receipt.summary).toMatchObject({ customer: 2, customer_identity: 3, feedback: a.feedbackIds.length, customer_session: 1, 'queue:audit': 1, 'queue:communications': 1 });
      const [stored] = await e2e.db.query('SELECT customer_id, requested_by, summary FROM erasure_receipt WHERE id = $1', [receipt.receiptId]);
      expect(stored).toEqual({ customer_id: a.customerId, requested_by: 'customer', summary: receipt.summary });
      const [audit] = await e2e.db.query(`SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'action' = 'customers.customer.erased'`);
      expect(audit.payload).toMatchObject({ targetId: a.customerId, data: { receiptId: receipt.receiptId } });
    });

    it('signs them out: the cookie is cleared and the old session no longer works', async () => {
      expect(setCookie).toMatch(/fc_customer=;/);
      expect((await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: cookieA })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: '/api/portal/erasure', cookie: cookieA, payload: { confirm: 'ERASE' } })).statusCode).toBe(401);
    });
  });

  describe('POST /api/customers/:id/erasure', () => {
    it('lets an admin erase a customer, with their id on the receipt', async () => {
      const admin = await e2e.signIn('admin');
      const res = await e2e.request({ method: 'POST', url: `/api/customers/${b.customerId}/erasure`, cookie: admin, payload: { confirm: 'ERASE' } });
      expect(res.statusCode).toBe(200);
      const receipt: ErasureReceiptDto = res.json();
      const [audit] = await e2e.db.query(`SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'action' = 'customers.customer.erased' AND payload->>'targetId' = $1`, [b.customerId]);
      expect(audit.payload).toMatchObject({ actorId: receipt.requestedBy, data: { requestedBy: 'staff', receiptId: receipt.receiptId } });
      expect(receipt.customerId).toBe(b.customerId);
      expect(await findInDatabase(e2e.db, valuesOf(b.values))).toEqual([]);
      expect(await findInRedis(redis, valuesOf(b.values))).toEqual([]);
    });
  });
});
