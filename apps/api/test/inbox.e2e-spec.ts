import 'reflect-metadata';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { type CaseActionDto, type CaseChangeEvent, type CaseContextDto, type CaseNoteDto, type CasePage, DEMO_PASSWORD, type SavedViewDto } from '@fullcircle/shared';
import { IntakeService } from '../src/modules/intake/intake.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, sessionCookie, startE2eApp } from './support/e2e-app';
import { caseOfItem } from './support/cases';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const viaApi = { channel: 'api' as const, source: 'api-key:e2e' };

/** An open Server-Sent Events stream read with a real HTTP client; `events` fills as they arrive. */
interface Stream {
  status: number;
  events: CaseChangeEvent[];
  raw: () => string;
  close: () => void;
}

describe('inbox and collaboration (real PostgreSQL, Redis and worker)', () => {
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let intake: IntakeService;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  let departments: Record<string, string>;
  let users: Record<'member' | 'baggageColleague' | 'loyaltyMember' | 'loyaltyMember2' | 'flightsMember', { id: string; name: string; email: string }>;
  let outsider: string;
  let outsider2: string;
  let port: number;
  /** Baggage: unassigned; assigned to a colleague; assigned to the member. Loyalty: the same customer as `unassigned`. */
  const cases = { unassigned: '', colleagues: '', members: '', loyalty: '' };
  const references: Record<keyof typeof cases, string> = { unassigned: '', colleagues: '', members: '', loyalty: '' };

  const signInAs = async (email: string) => {
    const cookie = sessionCookie(await e2e.login(email, DEMO_PASSWORD));
    if (!cookie) throw new Error(`sign-in as ${email} failed`);
    return cookie;
  };
  const caseOf = (feedbackId: string) => caseOfItem(e2e, feedbackId, 60_000);
  const list = async (query: string, cookie = owner): Promise<string[]> => {
    const res = await e2e.request({ method: 'GET', url: `/api/cases?${query}`, cookie });
    expect(res.statusCode).toBe(200);
    return (res.json() as CasePage).cases.map((c) => c.id);
  };
  const reassign = async (id: string, departmentId: string, assigneeId: string | null) => {
    const res = await e2e.request({ method: 'POST', url: `/api/cases/${id}/reassign`, cookie: admin, payload: { departmentId, assigneeId, reason: 'test set-up' } });
    expect(res.statusCode).toBe(200);
  };
  const openStream = (cookie: string | null): Promise<Stream> =>
    new Promise((resolve, reject) => {
      const req = httpRequest({ host: '127.0.0.1', port, path: '/api/cases/stream', headers: { accept: 'text/event-stream', ...(cookie ? { cookie } : {}) } });
      req.on('error', reject);
      req.on('response', (res: IncomingMessage) => {
        let buffer = '';
        const events: CaseChangeEvent[] = [];
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => {
          buffer += chunk;
          for (let end = buffer.indexOf('\n\n'); end >= 0; end = buffer.indexOf('\n\n')) {
            const data = buffer.slice(0, end).split('\n').find((l) => l.startsWith('data: '));
            if (data) events.push(JSON.parse(data.slice('data: '.length)));
            buffer = buffer.slice(end + 2);
          }
        });
        let raw = '';
        res.on('data', (chunk: string) => (raw += chunk));
        // the first bytes (": connected") tell us the subscription is in place
        const ready = () => resolve({ status: res.statusCode!, events, raw: () => raw, close: () => req.destroy() });
        if (res.statusCode !== 200) {
          res.resume();
          res.on('end', ready);
        } else res.once('data', ready);
      });
      req.end();
    });

  beforeAll(async () => {
    e2e = await startE2eApp('inbox');
    intake = e2e.app.get(IntakeService);
    useTestEnv({ DATABASE_URL: e2e.env.DATABASE_URL, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX, OUTBOX_POLL_MS: '100' });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    await e2e.app.listen(0, '127.0.0.1');
    port = (e2e.app.getHttpServer().address() as AddressInfo).port;
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const rows: { slug: string; id: string }[] = await e2e.db.query('SELECT slug, id FROM department');
    departments = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
    const staff = async (sql: string, params: unknown[]) => ((await e2e.db.query(sql, params)) as { id: string; name: string; email: string }[])[0];
    const memberOf = (slug: string, offset: number) =>
      staff(
        `SELECT u.id, u.name, u.email FROM app_user u JOIN department_membership m ON m.user_id = u.id JOIN department d ON d.id = m.department_id
          WHERE d.slug = $1 AND u.role = 'member' AND u.email <> 'member@demo.fullcircle.test' ORDER BY u.email OFFSET $2 LIMIT 1`,
        [slug, offset],
      );
    users = {
      member: await staff(`SELECT id, name, email FROM app_user WHERE email = 'member@demo.fullcircle.test'`, []),
      baggageColleague: await memberOf('baggage', 0),
      loyaltyMember: await memberOf('loyalty', 0),
      loyaltyMember2: await memberOf('loyalty', 1),
      flightsMember: await memberOf('flight-operations', 0),
    };
    [outsider, outsider2] = await Promise.all([signInAs(users.loyaltyMember.email), signInAs(users.loyaltyMember2.email)]);

    // The demo backlog goes through the worker first; our items after it.
    await waitFor(
      'the demo backlog to be routed',
      async () => {
        const [{ waiting }] = await e2e.db.query('SELECT count(*)::int AS waiting FROM feedback f WHERE NOT EXISTS (SELECT 1 FROM case_item ci WHERE ci.feedback_id = f.id)');
        return waiting === 0 ? true : undefined;
      },
      200_000,
    );
    const customer = { email: 'zephyr.customer@example.test', name: 'Zara Zephyr' };
    const items = {
      unassigned: await intake.accept({ text: 'The zephyrtest suitcase came back with a torn handle.', customer }, viaApi),
      colleagues: await intake.accept({ text: 'zephyrtest: my stroller was left in Madrid.', customer: { email: 'zephyr.two@example.test' } }, viaApi),
      members: await intake.accept({ text: 'zephyrtest golf bag delayed for a week.', customer: { email: 'zephyr.three@example.test' } }, viaApi),
    };
    for (const key of ['unassigned', 'colleagues', 'members'] as const) {
      cases[key] = await caseOf(items[key].id);
      references[key] = items[key].conversationReference;
    }
    // Put each where the scenario needs it (routing is not what this suite tests).
    await reassign(cases.unassigned, departments.baggage, null);
    await reassign(cases.colleagues, departments.baggage, users.baggageColleague.id);
    await reassign(cases.members, departments.baggage, users.member.id);
    // The same customer writes about miles: a rule sends it to Loyalty, so it opens a second case there.
    const rule = await e2e.request({
      method: 'POST',
      url: '/api/routing/rules',
      cookie: admin,
      payload: { rule: { name: 'Zephyr miles', conditions: [{ field: 'keywords', match: 'any', values: ['zephyrmiles'] }], actions: { departmentId: departments.loyalty } }, departmentId: null },
    });
    expect(rule.statusCode).toBe(201);
    const others = (await e2e.request({ method: 'GET', url: '/api/routing/rules', cookie: admin })).json().map((r: { id: string }) => r.id).filter((id: string) => id !== rule.json().id);
    expect((await e2e.request({ method: 'POST', url: '/api/routing/rules/reorder', cookie: admin, payload: { ids: [rule.json().id, ...others] } })).statusCode).toBe(200);
    const loyaltyItem = await intake.accept({ text: 'zephyrtest zephyrmiles never credited for my last trip.', customer }, viaApi);
    cases.loyalty = await caseOf(loyaltyItem.id);
    references.loyalty = loyaltyItem.conversationReference;
    await reassign(cases.loyalty, departments.loyalty, null);
    expect(new Set(Object.values(cases)).size).toBe(4);
    // What enrichment would have said, fixed so that the filters have a known answer.
    await e2e.db.query(`UPDATE feedback SET sentiment = 'neutral', topics = '{}' WHERE id = ANY($1)`, [[items.colleagues.id, items.members.id, loyaltyItem.id]]);
    await e2e.db.query(`UPDATE feedback SET sentiment = 'negative', topics = '{damage,zephyrtopic}' WHERE id = $1`, [items.unassigned.id]);
    await e2e.db.query(`UPDATE customer SET segment = 'Frequent flyer' WHERE id = (SELECT customer_id FROM cases WHERE id = $1)`, [cases.unassigned]);
    await e2e.db.query(`UPDATE customer SET segment = NULL WHERE id IN (SELECT customer_id FROM cases WHERE id = ANY($1))`, [[cases.colleagues, cases.members]]);
    await e2e.db.query(`UPDATE cases SET breached_at = now() WHERE id = $1`, [cases.members]);
    await e2e.db.query(`UPDATE cases SET breached_at = NULL, sla_due_at = now() + interval '30 minutes' WHERE id = $1`, [cases.unassigned]);
    await e2e.db.query(`UPDATE cases SET breached_at = NULL, sla_due_at = now() + interval '3 days', sla_plan = NULL WHERE id = $1`, [cases.colleagues]);
  }, 300_000);

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
  });

  describe('the inbox list', () => {
    it('shows a member their own and unassigned cases of their departments only, and 404s the others by URL', async () => {
      expect(new Set(await list('view=all&q=zephyrtest', member))).toEqual(new Set([cases.unassigned, cases.members]));
      for (const hidden of [cases.colleagues, cases.loyalty]) {
        expect((await e2e.request({ method: 'GET', url: `/api/cases/${hidden}`, cookie: member })).statusCode).toBe(404);
        expect((await e2e.request({ method: 'GET', url: `/api/cases/${hidden}/context`, cookie: member })).statusCode).toBe(404);
      }
      expect((await e2e.request({ method: 'GET', url: `/api/cases/${cases.unassigned}`, cookie: member })).statusCode).toBe(200);
      expect(new Set(await list('view=all&q=zephyrtest', owner))).toEqual(new Set([cases.unassigned, cases.colleagues, cases.members]));
    });

    it('finds cases by words of their items in any order, by reference and by the customer’s name or address', async () => {
      expect(await list('view=all&q=handle%20torn%20zephyrtest', admin)).toEqual([cases.unassigned]);
      expect(new Set(await list('view=all&q=zephyrtest', admin))).toEqual(new Set(Object.values(cases)));
      expect(await list(`view=all&q=${references.colleagues}`, admin)).toEqual([cases.colleagues]);
      expect(new Set(await list('view=all&q=Zara%20Zeph', admin))).toEqual(new Set([cases.unassigned, cases.loyalty]));
      expect(await list('view=all&q=zephyr.three%40example', admin)).toEqual([cases.members]);
      expect(await list('view=all&q=zephyrtest%20-golf%20-stroller%20-zephyrmiles', admin)).toEqual([cases.unassigned]);
    });

    it('filters by sentiment, topic, assignee, customer segment and SLA risk', async () => {
      const zephyr = 'view=all&q=zephyrtest';
      expect(await list(`${zephyr}&sentiment=negative`)).toEqual([cases.unassigned]);
      expect(new Set(await list(`${zephyr}&sentiment=neutral`))).toEqual(new Set([cases.colleagues, cases.members]));
      expect(await list(`${zephyr}&topic=zephyrtopic`)).toEqual([cases.unassigned]);
      expect(await list(`${zephyr}&assigneeId=none`)).toEqual([cases.unassigned]);
      expect(await list(`${zephyr}&assigneeId=${users.baggageColleague.id}`)).toEqual([cases.colleagues]);
      expect(await list(`${zephyr}&segment=frequent%20flyer`)).toEqual([cases.unassigned]);
      expect(await list(`${zephyr}&slaRisk=breached`)).toEqual([cases.members]);
      expect(await list(`${zephyr}&slaRisk=at_risk`)).toEqual([cases.unassigned]);
      expect(await list(`${zephyr}&slaRisk=ok`)).toEqual([cases.colleagues]);
      const bad = await e2e.request({ method: 'GET', url: '/api/cases?assigneeId=someone&slaRisk=soon', cookie: owner });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues.map((i: { field: string }) => i.field).sort()).toEqual(['assigneeId', 'slaRisk']);
    });

    it('pages through filtered results with the cursor, each case once, in SLA order', async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const res = await e2e.request({ method: 'GET', url: `/api/cases?view=all&q=zephyrtest&limit=1${cursor ? `&cursor=${cursor}` : ''}`, cookie: admin });
        const page = res.json() as CasePage;
        seen.push(...page.cases.map((c) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(seen).toHaveLength(4);
      expect(new Set(seen)).toEqual(new Set(Object.values(cases)));
      expect(seen.indexOf(cases.unassigned)).toBeLessThan(seen.indexOf(cases.colleagues));
    });
  });

  describe('notes with @mentions', () => {
    it('lets a colleague of another department open the case they were mentioned on, and notifies them', async () => {
      expect((await e2e.request({ method: 'GET', url: `/api/cases/${cases.unassigned}`, cookie: outsider })).statusCode).toBe(404);
      const mentionable = await e2e.request({ method: 'GET', url: `/api/cases/${cases.unassigned}/mentionable?q=${encodeURIComponent(users.loyaltyMember.name.split(' ')[0])}`, cookie: member });
      expect(mentionable.statusCode).toBe(200);
      expect(mentionable.json()).toContainEqual({ id: users.loyaltyMember.id, name: users.loyaltyMember.name, department: 'Loyalty', seesCase: false });

      const res = await e2e.request({
        method: 'POST',
        url: `/api/cases/${cases.unassigned}/notes`,
        cookie: member,
        payload: { body: `@${users.loyaltyMember.name} did this customer lose status miles too?`, mentions: [users.loyaltyMember.id] },
      });
      expect(res.statusCode).toBe(201);
      const note: CaseNoteDto = res.json();
      expect(note).toMatchObject({ author: { id: users.member.id }, mentions: [{ id: users.loyaltyMember.id, name: users.loyaltyMember.name }] });

      expect((await e2e.request({ method: 'GET', url: `/api/cases/${cases.unassigned}`, cookie: outsider })).statusCode).toBe(200);
      expect(new Set(await list('view=all&q=zephyrtest', outsider))).toEqual(new Set([cases.unassigned, cases.loyalty]));
      const [grant] = await e2e.db.query('SELECT reason, granted_by_id FROM case_grant WHERE case_id = $1 AND user_id = $2', [cases.unassigned, users.loyaltyMember.id]);
      expect(grant).toEqual({ reason: 'mentioned by Milo Member', granted_by_id: users.member.id });
      const notifications = await e2e.db.query('SELECT kind, case_id, actor_id, title FROM staff_notification WHERE user_id = $1', [users.loyaltyMember.id]);
      expect(notifications).toEqual([{ kind: 'mention', case_id: cases.unassigned, actor_id: users.member.id, title: `Milo Member mentioned you on ${references.unassigned}` }]);
      const [event] = await e2e.db.query(`SELECT data FROM case_event WHERE case_id = $1 AND type = 'note_added'`, [cases.unassigned]);
      expect(event.data).toEqual({ noteId: note.id, mentions: [users.loyaltyMember.id] });
      // still nobody else's case: the grant is for this one
      expect((await e2e.request({ method: 'GET', url: `/api/cases/${cases.colleagues}`, cookie: outsider })).statusCode).toBe(404);
    });

    it('refuses mentions of unknown or deactivated colleagues naming the mention, notes by executives, and notes on cases out of sight', async () => {
      const gone = users.flightsMember;
      await e2e.db.query(`UPDATE app_user SET status = 'deactivated' WHERE id = $1`, [gone.id]);
      try {
        const unknown = await e2e.request({
          method: 'POST',
          url: `/api/cases/${cases.members}/notes`,
          cookie: member,
          payload: { body: 'see this', mentions: [users.baggageColleague.id, '00000000-0000-4000-8000-000000000000', gone.id] },
        });
        expect(unknown.statusCode).toBe(400);
        expect(unknown.json().issues).toEqual([expect.objectContaining({ field: 'mentions.1' })]);
        const deactivated = await e2e.request({ method: 'POST', url: `/api/cases/${cases.members}/notes`, cookie: member, payload: { body: 'see this', mentions: [gone.id] } });
        expect(deactivated.statusCode).toBe(400);
        expect(deactivated.json().issues).toEqual([expect.objectContaining({ field: 'mentions.0' })]);
      } finally {
        await e2e.db.query(`UPDATE app_user SET status = 'active' WHERE id = $1`, [gone.id]);
      }
      expect(await e2e.db.query('SELECT 1 FROM case_note WHERE case_id = $1', [cases.members])).toEqual([]);
      expect((await e2e.request({ method: 'POST', url: `/api/cases/${cases.members}/notes`, cookie: executive, payload: { body: 'looks fine' } })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'POST', url: `/api/cases/${cases.colleagues}/notes`, cookie: member, payload: { body: 'mine now?' } })).statusCode).toBe(404);
      const empty = await e2e.request({ method: 'POST', url: `/api/cases/${cases.members}/notes`, cookie: member, payload: { body: '  ' } });
      expect(empty.json().issues).toEqual([expect.objectContaining({ field: 'body' })]);
    });
  });

  describe('actions', () => {
    it('validates the owner and fields, naming each', async () => {
      const url = `/api/cases/${cases.members}/actions`;
      const noOwner = await e2e.request({ method: 'POST', url, cookie: member, payload: { kind: 'customer_fix', description: 'Courier the bag home', ownerId: '00000000-0000-4000-8000-000000000000' } });
      expect(noOwner.statusCode).toBe(400);
      expect(noOwner.json().issues).toEqual([expect.objectContaining({ field: 'ownerId' })]);
      const badKind = await e2e.request({ method: 'POST', url, cookie: member, payload: { kind: 'magic', description: 'x', ownerId: users.member.id, dueDate: '31/12/2026' } });
      expect(badKind.json().issues.map((i: { field: string }) => i.field).sort()).toEqual(['description', 'dueDate', 'kind']);
      expect((await e2e.request({ method: 'POST', url: `/api/cases/${cases.colleagues}/actions`, cookie: member, payload: { kind: 'customer_fix', description: 'Courier it', ownerId: users.member.id } })).statusCode).toBe(404);
      expect((await e2e.request({ method: 'POST', url, cookie: executive, payload: { kind: 'customer_fix', description: 'Courier it', ownerId: users.member.id } })).statusCode).toBe(403);
    });

    it('records actions, completes them, and tells the department’s feed about a finished process change once', async () => {
      const url = `/api/cases/${cases.members}/actions`;
      const fix = await e2e.request({ method: 'POST', url, cookie: member, payload: { kind: 'customer_fix', description: 'Courier the golf bag home', ownerId: users.member.id, dueDate: '2020-01-31' } });
      expect(fix.statusCode).toBe(201);
      expect(fix.json()).toMatchObject({ kind: 'customer_fix', status: 'open', overdue: true, owner: { id: users.member.id }, createdBy: { id: users.member.id }, completedAt: null });

      const change = await e2e.request({ method: 'POST', url, cookie: member, payload: { kind: 'process_change', description: 'Tag oversized bags at check-in', ownerId: users.baggageColleague.id } });
      const action: CaseActionDto = change.json();
      expect(await e2e.db.query('SELECT 1 FROM feed_entry WHERE dedupe_key = $1', [`action:${action.id}`])).toEqual([]);

      const empty = await e2e.request({ method: 'PATCH', url: `${url}/${action.id}`, cookie: member, payload: {} });
      expect(empty.statusCode).toBe(400);
      const badOwner = await e2e.request({ method: 'PATCH', url: `${url}/${action.id}`, cookie: member, payload: { ownerId: '00000000-0000-4000-8000-000000000000' } });
      expect(badOwner.json().issues).toEqual([expect.objectContaining({ field: 'ownerId' })]);
      expect((await e2e.request({ method: 'PATCH', url: `/api/cases/${cases.unassigned}/actions/${action.id}`, cookie: member, payload: { status: 'done' } })).statusCode).toBe(404);

      const done = await e2e.request({ method: 'PATCH', url: `${url}/${action.id}`, cookie: member, payload: { status: 'done' } });
      expect(done.statusCode).toBe(200);
      expect(done.json().completedAt).not.toBeNull();
      await e2e.request({ method: 'PATCH', url: `${url}/${action.id}`, cookie: member, payload: { status: 'open' } });
      expect((await e2e.request({ method: 'PATCH', url: `${url}/${action.id}`, cookie: member, payload: { status: 'done' } })).statusCode).toBe(200);
      const feed = await e2e.db.query('SELECT kind, department_id, case_id, person_id, body FROM feed_entry WHERE dedupe_key = $1', [`action:${action.id}`]);
      expect(feed).toEqual([{ kind: 'process_change', department_id: departments.baggage, case_id: cases.members, person_id: users.baggageColleague.id, body: 'Tag oversized bags at check-in' }]);
      const events = await e2e.db.query(`SELECT type, data FROM case_event WHERE case_id = $1 AND type IN ('action_added', 'action_updated') ORDER BY seq`, [cases.members]);
      expect(events.map((e: { type: string }) => e.type)).toEqual(['action_added', 'action_added', 'action_updated', 'action_updated', 'action_updated']);
      expect(events[2].data.changes).toEqual({ status: { from: 'open', to: 'done' } });
    });
  });

  describe('the context card', () => {
    it('shows the customer, consent, their other open cases (without opening them to the reader) and what they said elsewhere', async () => {
      const res = await e2e.request({ method: 'GET', url: `/api/cases/${cases.unassigned}/context`, cookie: member });
      expect(res.statusCode).toBe(200);
      const context: CaseContextDto = res.json();
      expect(context.customer).toMatchObject({ name: 'Zara Zephyr', segment: 'Frequent flyer', vip: false, email: 'zephyr.customer@example.test', replyChannel: 'email' });
      expect(context.consent.map((c) => c.purpose).sort()).toEqual(['contact_about_feedback', 'product_updates', 'research']);
      expect(context.otherOpenCases).toEqual([expect.objectContaining({ id: cases.loyalty, reference: references.loyalty, department: 'Loyalty', visible: false })]);
      expect(typeof context.reachable.ok).toBe('boolean');
      const [forAdmin] = (await e2e.request({ method: 'GET', url: `/api/cases/${cases.unassigned}/context`, cookie: admin })).json().otherOpenCases;
      expect(forAdmin.visible).toBe(true);
      expect((await e2e.request({ method: 'GET', url: `/api/cases/${cases.loyalty}/context`, cookie: owner })).statusCode).toBe(404);
    });
  });

  describe('saved views', () => {
    it('keeps each colleague’s views to themselves, with unique names', async () => {
      const created = await e2e.request({ method: 'POST', url: '/api/cases/views', cookie: member, payload: { name: 'Zephyr at risk', query: { q: 'zephyrtest', slaRisk: 'at_risk' } } });
      expect(created.statusCode).toBe(201);
      const view: SavedViewDto = created.json();
      const again = await e2e.request({ method: 'POST', url: '/api/cases/views', cookie: member, payload: { name: 'Zephyr at risk', query: {} } });
      expect(again.statusCode).toBe(409);
      expect(again.json().issues).toEqual([expect.objectContaining({ field: 'name' })]);
      // the same name is someone else's to take
      expect((await e2e.request({ method: 'POST', url: '/api/cases/views', cookie: owner, payload: { name: 'Zephyr at risk', query: {} } })).statusCode).toBe(201);
      expect((await e2e.request({ method: 'GET', url: '/api/cases/views', cookie: member })).json()).toEqual([view]);
      expect((await e2e.request({ method: 'GET', url: '/api/cases/views', cookie: owner })).json().map((v: SavedViewDto) => v.id)).not.toContain(view.id);
      expect((await e2e.request({ method: 'DELETE', url: `/api/cases/views/${view.id}`, cookie: owner })).statusCode).toBe(404);
      expect((await e2e.request({ method: 'POST', url: '/api/cases/views', cookie: member, payload: { name: 'x', query: {}, shared: true } })).json().issues).toEqual([
        expect.objectContaining({ field: 'shared' }),
      ]);
      expect((await e2e.request({ method: 'DELETE', url: `/api/cases/views/${view.id}`, cookie: member })).statusCode).toBe(204);
      expect((await e2e.request({ method: 'GET', url: '/api/cases/views', cookie: member })).json()).toEqual([]);
    });
  });

  describe('live updates', () => {
    it('refuses a stream without a session', async () => {
      const stream = await openStream(null);
      expect(stream.status).toBe(401);
    });

    it('streams a change to those who may see the case and to nobody else', async () => {
      const [mine, other, departmentOwner, everything] = await Promise.all([openStream(member), openStream(outsider2), openStream(owner), openStream(admin)]);
      try {
        expect(mine.status).toBe(200);
        const note = await e2e.request({ method: 'POST', url: `/api/cases/${cases.members}/notes`, cookie: member, payload: { body: 'Called the customer back' } });
        expect(note.statusCode).toBe(201);
        const change = await waitFor('the change on the member’s stream', async () => mine.events.find((e) => e.caseId === cases.members), 10_000);
        expect(change).toMatchObject({ caseId: cases.members, departmentId: departments.baggage, assigneeId: users.member.id, types: ['note_added'] });
        await waitFor('the change on the owner’s stream', async () => departmentOwner.events.find((e) => e.caseId === cases.members), 10_000);

        // a case the worker opens is announced from the worker process
        const fresh = await intake.accept({ text: 'zephyrlive my bag strap broke', customer: { email: 'zephyr.live@example.test' } }, viaApi);
        const freshCase = await caseOf(fresh.id);
        const opened = await waitFor('the worker’s change on the admin’s stream', async () => everything.events.find((e) => e.caseId === freshCase), 10_000);
        expect(opened.types).toContain('opened');

        // a case moved out of a reader's sight reaches them once more, so their list drops it; its new department hears too
        await reassign(cases.unassigned, departments.loyalty, null);
        const left = await waitFor('the move on the member’s stream', async () => mine.events.find((e) => e.caseId === cases.unassigned), 10_000);
        expect(left).toMatchObject({ departmentId: departments.loyalty, assigneeId: null, previous: { departmentId: departments.baggage, assigneeId: null } });
        await waitFor('the move on the new department’s stream', async () => other.events.find((e) => e.caseId === cases.unassigned), 10_000);

        await new Promise((r) => setTimeout(r, 500));
        expect(other.events.filter((e) => e.caseId === cases.members)).toEqual([]);
        expect(other.raw()).toContain(': connected');
      } finally {
        for (const s of [mine, other, departmentOwner, everything]) s.close();
      }
    });
  });
});
