// The customer's data export: GET /api/portal/export (the signed-in customer) and
// GET /api/customers/:id/export (admins handling a subject access request). The suite walks the
// schema's foreign keys to `customer` itself (pg_catalog, one level further too) and checks that
// every such row of the seeded customer is in data.json, and none of another customer's.
import { parse } from 'csv-parse/sync';
import type { CustomerExportDocument } from '@fullcircle/shared';
import { unzipSync, strFromU8 } from 'fflate';
import type { Response } from 'light-my-request';
import type { DataSource } from 'typeorm';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { createApiKey } from './support/intake-api';
import { customerCookie } from './support/portal';
import { personalValues, type SeededCustomer, seedCustomerEverywhere } from './support/portal-data-seed';

/**
 * Left out of the self-service export on purpose (the staff-handled export includes them): staff
 * colleagues' working notes, case access grants, notifications between colleagues and the
 * internal feed. Secrets (every *_hash column) are left out of both.
 */
const STAFF_INTERNAL = ['case_note', 'case_grant', 'feed_entry', 'staff_notification'];

const EXPORT_LIMIT = 20;

interface Fk {
  table: string;
  cols: string[];
  ref: string;
  refCols: string[];
}

/** Every row (as its primary key) that references the customers, by walking pg_catalog here, independently of the service. */
async function expectedRows(db: DataSource, customerIds: string[]): Promise<Map<string, Set<string>>> {
  const fks: Fk[] = (
    await db.query(`
      SELECT src.relname AS table, dst.relname AS ref,
             (SELECT array_agg(attname::text ORDER BY array_position(con.conkey, attnum)) FROM pg_attribute WHERE attrelid = con.conrelid AND attnum = ANY(con.conkey)) AS cols,
             (SELECT array_agg(attname::text ORDER BY array_position(con.confkey, attnum)) FROM pg_attribute WHERE attrelid = con.confrelid AND attnum = ANY(con.confkey)) AS ref_cols
        FROM pg_constraint con
        JOIN pg_class src ON src.oid = con.conrelid
        JOIN pg_class dst ON dst.oid = con.confrelid
       WHERE con.contype = 'f' AND src.relnamespace = 'public'::regnamespace`)
  ).map((r: { table: string; ref: string; cols: string[]; ref_cols: string[] }) => ({ table: r.table, ref: r.ref, cols: r.cols, refCols: r.ref_cols }));
  const pk = async (table: string): Promise<string[]> =>
    (
      await db.query(
        `SELECT a.attname::text AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
          WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
        [`"${table}"`],
      )
    ).map((r: { name: string }) => r.name);
  const keyOf = (cols: string[], row: Record<string, unknown>) => cols.map((c) => String(row[c])).join('|');
  const out = new Map<string, Set<string>>();
  const addRows = async (table: string, sql: string, params: unknown[]) => {
    const cols = await pk(table);
    const rows: Record<string, unknown>[] = await db.query(`SELECT ${cols.map((c) => `"${c}"`).join(', ')} FROM "${table}" ${sql}`, params);
    const set = out.get(table) ?? new Set<string>();
    for (const r of rows) set.add(keyOf(cols, r));
    out.set(table, set);
  };
  await addRows('customer', 'WHERE id = ANY($1::uuid[])', [customerIds]);
  const direct = fks.filter((f) => f.ref === 'customer' && f.table !== 'customer');
  for (const f of direct) await addRows(f.table, `WHERE "${f.cols[0]}" = ANY($1::uuid[])`, [customerIds]);
  for (const parent of direct) {
    for (const f of fks.filter((x) => x.ref === parent.table && x.table !== 'customer')) {
      const join = f.cols.map((c, i) => `p."${f.refCols[i]}" = c."${c}"`).join(' AND ');
      await addRows(f.table, `c WHERE EXISTS (SELECT 1 FROM "${parent.table}" p WHERE ${join} AND p."${parent.cols[0]}" = ANY($1::uuid[]))`, [customerIds]);
    }
  }
  return out;
}

function unzip(res: Response): { files: Record<string, Uint8Array>; doc: CustomerExportDocument } {
  const files = unzipSync(new Uint8Array(res.rawPayload));
  return { files, doc: JSON.parse(strFromU8(files['data.json'])) as CustomerExportDocument };
}

describe('customer data export', () => {
  let e2e: E2eApp;
  let a: SeededCustomer;
  let b: SeededCustomer;
  let mergedId: string;
  let cookieA: string;

  beforeAll(async () => {
    // Every test below exports A several times: a limit well above that, reached only by the rate-limit test's own customer.
    e2e = await startE2eApp('portal-export', { PORTAL_EXPORT_RATE_LIMIT: String(EXPORT_LIMIT) });
    const admin = await e2e.signIn('admin');
    const key = await createApiKey(e2e, admin);
    a = await seedCustomerEverywhere(e2e, key.secret, personalValues('a'));
    b = await seedCustomerEverywhere(e2e, key.secret, personalValues('b'));
    // an older record of A, merged into A: its own rows belong in A's export too
    [{ id: mergedId }] = await e2e.db.query(`INSERT INTO customer (name, merged_into_id) VALUES ('Q. Marlowe (old)', $1) RETURNING id`, [a.customerId]);
    await e2e.db.query(`INSERT INTO consent_record (customer_id, purpose, granted, source, wording) VALUES ($1, 'research', false, 'import', 'Invite me to surveys')`, [mergedId]);
    cookieA = await customerCookie(e2e.db, a.customerId);
  });

  afterAll(() => e2e?.close());

  describe('GET /api/portal/export', () => {
    it('answers a zip with data.json and one CSV per table, not cached', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: cookieA });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/zip');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="fullcircle-data-\d{4}-\d{2}-\d{2}\.zip"$/);
      expect(res.headers['cache-control']).toBe('no-store');
      const { files, doc } = unzip(res);
      expect(doc.customerId).toBe(a.customerId);
      expect(doc.customerIds.sort()).toEqual([a.customerId, mergedId].sort());
      for (const table of Object.keys(doc.tables)) expect(Object.keys(files)).toContain(`${table}.csv`);
      const feedbackCsv = parse(strFromU8(files['feedback.csv']), { columns: true }) as Record<string, string>[];
      expect(feedbackCsv.map((r) => r.id).sort()).toEqual([...a.feedbackIds].sort());
      expect(feedbackCsv.find((r) => r.id === a.feedbackIds[0])?.text).toContain(a.values.marker);
    });

    it('holds every row that references the customer (and the customer merged into them), found by walking the foreign keys', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: cookieA });
      const { doc } = unzip(res);
      const expected = await expectedRows(e2e.db, [a.customerId, mergedId]);
      // the seed reaches these tables, so the walk has something to check
      const nonEmpty = [...expected.entries()].filter(([, rows]) => rows.size > 0).map(([t]) => t);
      expect(nonEmpty).toEqual(
        expect.arrayContaining([
          'customer', 'customer_identity', 'consent_record', 'conversation', 'feedback', 'cases', 'case_item', 'case_event', 'case_action',
          'outbound_message', 'survey_invitation', 'portal_token', 'customer_session', 'initiative_link', 'initiative_vote',
          'initiative_follow', 'initiative_comment', 'initiative_notice',
        ]),
      );
      for (const [table, keys] of expected) {
        if (STAFF_INTERNAL.includes(table)) {
          expect([table, doc.tables[table]]).toEqual([table, undefined]);
          continue;
        }
        const pkCols: string[] = (
          await e2e.db.query(
            `SELECT a.attname::text AS name FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY(i.indkey)
              WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY array_position(i.indkey::int2[], a.attnum)`,
            [`"${table}"`],
          )
        ).map((r: { name: string }) => r.name);
        const exported = new Set((doc.tables[table] ?? []).map((row) => pkCols.map((c) => String(row[c])).join('|')));
        expect([table, [...keys].filter((k) => !exported.has(k))]).toEqual([table, []]);
        expect([table, exported.size]).toEqual([table, keys.size]);
      }
      expect(doc.omitted).toEqual(expect.arrayContaining(STAFF_INTERNAL.filter((t) => expected.has(t)).map((table) => expect.objectContaining({ table }))));
    });

    it('leaves out secrets: no *_hash column, in any table', async () => {
      const { doc } = unzip(await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: cookieA }));
      const columns = Object.values(doc.tables).flatMap((rows) => rows.flatMap((r) => Object.keys(r)));
      expect(columns.filter((c) => c.endsWith('_hash'))).toEqual([]);
      expect(doc.tables.customer_session?.length).toBeGreaterThan(0);
      expect(doc.omitted).toEqual(expect.arrayContaining([expect.objectContaining({ table: 'customer_session', column: 'token_hash' })]));
    });

    it("holds none of another customer's rows or values", async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: cookieA });
      const text = strFromU8(unzipSync(new Uint8Array(res.rawPayload))['data.json']).toLowerCase();
      for (const id of [b.customerId, b.caseId, ...b.feedbackIds, ...b.messageIds]) expect([id, text.includes(id)]).toEqual([id, false]);
      for (const value of [b.values.email, b.values.marker, b.values.name]) expect([value, text.includes(value.toLowerCase())]).toEqual([value, false]);
      expect(text).toContain(a.values.marker.toLowerCase());
    });

    it('B signed in gets B, whatever they ask for', async () => {
      const cookieB = await customerCookie(e2e.db, b.customerId);
      const res = await e2e.request({ method: 'GET', url: `/api/portal/export?customerId=${a.customerId}`, cookie: cookieB });
      if (res.statusCode === 200) {
        const { doc } = unzip(res);
        expect(doc.customerId).toBe(b.customerId);
        expect(JSON.stringify(doc)).not.toContain(a.customerId);
      } else {
        expect(res.statusCode).toBe(400);
      }
    });

    it('answers 429 with Retry-After past PORTAL_EXPORT_RATE_LIMIT an hour for one customer, and others still get theirs', async () => {
      const [{ id }] = await e2e.db.query(`INSERT INTO customer (name) VALUES ('R. Limit') RETURNING id`);
      const cookie = await customerCookie(e2e.db, id);
      for (let i = 0; i < EXPORT_LIMIT; i++) {
        expect((await e2e.request({ method: 'GET', url: '/api/portal/export', cookie })).statusCode).toBe(200);
      }
      const over = await e2e.request({ method: 'GET', url: '/api/portal/export', cookie });
      expect(over.statusCode).toBe(429);
      expect(Number(over.headers['retry-after'])).toBeGreaterThan(50 * 60); // blocked for the hour, not a minute
      // a new session for the same customer does not start a new count
      const again = await customerCookie(e2e.db, id);
      expect((await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: again })).statusCode).toBe(429);
      expect((await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: cookieA })).statusCode).toBe(200);
      // the staff-handled export is not counted against the customer
      const admin = await e2e.signIn('admin');
      expect((await e2e.request({ method: 'GET', url: `/api/customers/${id}/export`, cookie: admin })).statusCode).toBe(200);
    });

    it('answers 401 without a customer session, and to a staff session', async () => {
      expect((await e2e.request({ method: 'GET', url: '/api/portal/export' })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: 'fc_customer=not-a-session' })).statusCode).toBe(401);
      const staff = await e2e.signIn('admin');
      expect((await e2e.request({ method: 'GET', url: '/api/portal/export', cookie: staff })).statusCode).toBe(401);
    });
  });

  describe('GET /api/customers/:id/export', () => {
    it('gives an admin everything, staff-internal records included, and audits it', async () => {
      const admin = await e2e.signIn('admin');
      const res = await e2e.request({ method: 'GET', url: `/api/customers/${a.customerId}/export`, cookie: admin });
      expect(res.statusCode).toBe(200);
      const { doc } = unzip(res);
      expect(doc.tables.case_note?.map((n) => n.body)).toEqual([expect.stringContaining(a.values.name)]);
      expect(doc.tables.feedback).toHaveLength(a.feedbackIds.length);
      const [outbox] = await e2e.db.query(
        `SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'action' = 'customers.customer.exported' AND payload->>'targetId' = $1`,
        [a.customerId],
      );
      expect(outbox.payload).toMatchObject({ targetId: a.customerId, targetType: 'customer' });
    });

    it.each(['owner', 'member', 'executive'] as const)('refuses a %s: 403', async (role) => {
      const cookie = await e2e.signIn(role);
      expect((await e2e.request({ method: 'GET', url: `/api/customers/${a.customerId}/export`, cookie })).statusCode).toBe(403);
    });

    it('refuses anonymous callers and customer sessions: 401', async () => {
      expect((await e2e.request({ method: 'GET', url: `/api/customers/${a.customerId}/export` })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'GET', url: `/api/customers/${a.customerId}/export`, cookie: cookieA })).statusCode).toBe(401);
    });

    it('answers 404 for an unknown customer and 400 naming id for a malformed one', async () => {
      const admin = await e2e.signIn('admin');
      expect((await e2e.request({ method: 'GET', url: '/api/customers/00000000-0000-4000-8000-000000000000/export', cookie: admin })).statusCode).toBe(404);
      const bad = await e2e.request({ method: 'GET', url: '/api/customers/nope/export', cookie: admin });
      expect([bad.statusCode, bad.json().issues]).toEqual([400, [expect.objectContaining({ field: 'id' })]]);
    });
  });
});
