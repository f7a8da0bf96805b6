import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DEMO_LOGINS, type InitiativeDetailDto, type InitiativeOwnerOptionDto, type InitiativePage } from '@fullcircle/shared';
import { InitiativesService } from '../src/modules/initiatives/initiatives.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { createApiKey, submitFeedback } from './support/intake-api';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const URL = '/api/initiatives';
const MARK = 'Quokkabelt';

/** Staff initiatives: CRUD, validation, who may do what, linking (idempotent, by case, from a search) and the page's figures. */
describe('initiatives (staff API)', () => {
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  const feedbackIds: string[] = [];
  const caseIds: string[] = [];

  beforeAll(async () => {
    const env = { DATABASE_URL: await createTestDatabase('initiatives'), OUTBOX_POLL_MS: '100' };
    e2e = await startE2eApp('initiatives', env);
    useTestEnv({ ...env, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const key = await createApiKey(e2e, admin, 'Initiatives suite');
    for (let i = 0; i < 4; i++) {
      const res = await submitFeedback(e2e, {
        secret: key.secret,
        payload: { text: `${MARK} ${i}: my suitcase was lost on the baggage belt and my bag never arrived.`, customer: { email: `voice${i}.${randomUUID().slice(0, 6)}@init.test`, name: `Voice ${i}` } },
      });
      expect(res.statusCode).toBe(202);
      feedbackIds.push(res.json().id);
    }
    for (const id of feedbackIds) {
      caseIds.push(
        await waitFor(`a case for ${id}`, async () => {
          const [row] = await e2e.db.query('SELECT case_id FROM case_item WHERE feedback_id = $1', [id]);
          return row?.case_id as string | undefined;
        }, 120_000),
      );
    }
    // Segments for the breakdown: two gold, one silver, one unknown.
    await e2e.db.query(`UPDATE customer SET segment = 'gold' WHERE id IN (SELECT customer_id FROM feedback WHERE id = ANY($1::uuid[]))`, [feedbackIds.slice(0, 2)]);
    await e2e.db.query(`UPDATE customer SET segment = 'silver' WHERE id = (SELECT customer_id FROM feedback WHERE id = $1)`, [feedbackIds[2]]);
  }, 180_000);

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
  });

  const create = async (cookie: string, payload: Record<string, unknown> = {}) =>
    e2e.request({ method: 'POST', url: URL, cookie, payload: { title: 'Bags tracked at the belt', problem: 'Bags go missing between aircraft and belt.', ...payload } });
  const detail = async (id: string, cookie = owner): Promise<InitiativeDetailDto> => {
    const res = await e2e.request({ method: 'GET', url: `${URL}/${id}`, cookie });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  describe('CRUD', () => {
    it('creates, lists with filters, reads and edits an initiative, auditing each change', async () => {
      const created = await create(owner, { topic: 'baggage', targetDate: '2027-03-31', isPublic: true });
      expect(created.statusCode).toBe(201);
      const body: InitiativeDetailDto = created.json();
      expect(body).toMatchObject({ title: 'Bags tracked at the belt', status: 'proposed', kind: 'improvement', topic: 'baggage', targetDate: '2027-03-31', isPublic: true, voices: 0, can: { edit: true, ship: true, link: true } });

      const list = await e2e.request({ method: 'GET', url: `${URL}?status=proposed&q=tracked`, cookie: member });
      expect(list.statusCode).toBe(200);
      const page: InitiativePage = list.json();
      expect(page.initiatives.map((i) => i.id)).toContain(body.id);
      expect(page.counts.proposed).toBeGreaterThanOrEqual(1);
      const none = await e2e.request({ method: 'GET', url: `${URL}?status=shipped&q=tracked`, cookie: member });
      expect((none.json() as InitiativePage).initiatives.map((i) => i.id)).not.toContain(body.id);

      const edited = await e2e.request({ method: 'PATCH', url: `${URL}/${body.id}`, cookie: owner, payload: { title: 'Every bag tracked', status: 'planned', targetDate: null } });
      expect(edited.statusCode).toBe(200);
      expect(edited.json()).toMatchObject({ title: 'Every bag tracked', status: 'planned', targetDate: null });

      const audit = await e2e.db.query(`SELECT payload->>'action' AS action FROM outbox_message WHERE queue = 'audit' AND payload->>'targetId' = $1 ORDER BY created_at`, [body.id]);
      expect(audit.map((r: { action: string }) => r.action)).toEqual(['initiatives.created', 'initiatives.updated']);
    });

    it('answers 404 for an initiative that does not exist', async () => {
      expect((await e2e.request({ method: 'GET', url: `${URL}/${randomUUID()}`, cookie: owner })).statusCode).toBe(404);
    });
  });

  describe('validation', () => {
    it.each([
      ['title', { title: 'ab' }],
      ['problem', { problem: '' }],
      ['kind', { kind: 'wish' }],
      ['targetDate', { targetDate: '31/03/2027' }],
      ['departmentIds', { departmentIds: ['not-a-uuid'] }],
    ])('refuses a bad %s with 400 naming it', async (field, payload) => {
      const res = await create(owner, payload);
      expect(res.statusCode).toBe(400);
      expect(res.json().issues.map((i: { field: string }) => i.field.split('.')[0])).toContain(field);
    });

    it('refuses unknown fields, an owner who is no colleague, and a department that does not exist', async () => {
      expect((await create(owner, { colour: 'red' })).statusCode).toBe(400);
      const badOwner = await create(owner, { ownerId: randomUUID() });
      expect(badOwner.statusCode).toBe(400);
      expect(badOwner.json().issues).toEqual([{ field: 'ownerId', message: 'is not an active colleague' }]);
      const badDepartment = await create(owner, { departmentIds: [randomUUID()] });
      expect(badDepartment.statusCode).toBe(400);
      expect(badDepartment.json().issues[0].field).toBe('departmentIds');
    });

    it('needs the outcome note to ship or decline, and refuses moves out of a final status', async () => {
      const { id } = (await create(owner)).json();
      const noNote = await e2e.request({ method: 'PATCH', url: `${URL}/${id}`, cookie: owner, payload: { status: 'shipped' } });
      expect(noNote.statusCode).toBe(400);
      expect(noNote.json().issues[0].field).toBe('outcomeNote');
      const declined = await e2e.request({ method: 'PATCH', url: `${URL}/${id}`, cookie: owner, payload: { status: 'declined', outcomeNote: 'Trackers are not allowed in the hold yet.' } });
      expect(declined.statusCode).toBe(200);
      expect(declined.json()).toMatchObject({ status: 'declined', declinedAt: expect.any(String), can: { ship: false } });
      const back = await e2e.request({ method: 'PATCH', url: `${URL}/${id}`, cookie: owner, payload: { status: 'planned' } });
      expect(back.statusCode).toBe(409);
      expect(back.json().issues[0].field).toBe('status');
    });

    it('takes incident updates for incidents only', async () => {
      const { id } = (await create(owner)).json();
      expect((await e2e.request({ method: 'POST', url: `${URL}/${id}/updates`, cookie: owner, payload: { message: 'Flights resume at 6am tomorrow.' } })).statusCode).toBe(409);
      const incident = (await create(owner, { kind: 'incident', title: 'Storm at JFK' })).json();
      const short = await e2e.request({ method: 'POST', url: `${URL}/${incident.id}/updates`, cookie: owner, payload: { message: 'soon' } });
      expect(short.statusCode).toBe(400);
      expect(short.json().issues[0].field).toBe('message');
      const ok = await e2e.request({ method: 'POST', url: `${URL}/${incident.id}/updates`, cookie: owner, payload: { message: 'Flights resume at 6am tomorrow.' } });
      expect(ok.statusCode).toBe(200);
      expect(ok.json().updates).toHaveLength(1);
      expect(ok.json().updates[0].kind).toBe('incident_update');
    });
  });

  describe('who may do what', () => {
    it('asks anonymous callers to sign in', async () => {
      expect((await e2e.request({ method: 'GET', url: URL })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: URL, payload: { title: 'x', problem: 'y' } })).statusCode).toBe(401);
    });

    it('lets every staff role read, but only owners and admins create, edit, ship and post updates', async () => {
      const { id } = (await create(admin)).json();
      for (const cookie of [admin, owner, member, executive]) expect((await e2e.request({ method: 'GET', url: `${URL}/${id}`, cookie })).statusCode).toBe(200);
      expect((await create(member)).statusCode).toBe(403);
      expect((await create(executive)).statusCode).toBe(403);
      const ship = { status: 'shipped', outcomeNote: 'Every bag now carries a tracker.' };
      expect((await e2e.request({ method: 'PATCH', url: `${URL}/${id}`, cookie: member, payload: ship })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'PATCH', url: `${URL}/${id}`, cookie: executive, payload: { title: 'Renamed by an executive' } })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'POST', url: `${URL}/${id}/updates`, cookie: member, payload: { message: 'Flights resume at 6am tomorrow.' } })).statusCode).toBe(403);
      expect((await detail(id, member)).can).toEqual({ edit: false, ship: false, link: true });
      expect((await detail(id, executive)).can).toEqual({ edit: false, ship: false, link: false });
    });

    it('lets members link items from their cases but not executives, nor a colleague’s case the member cannot see', async () => {
      const { id } = (await create(owner)).json();
      // Members see their departments' cases that are theirs or nobody's.
      const [{ id: ownerId }] = await e2e.db.query(`SELECT id FROM app_user WHERE email = 'owner@demo.fullcircle.test'`);
      await e2e.db.query('UPDATE cases SET assignee_id = NULL WHERE id = $1', [caseIds[0]]);
      await e2e.db.query('UPDATE cases SET assignee_id = $2 WHERE id = $1', [caseIds[2], ownerId]);
      const hidden = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: member, payload: { caseIds: [caseIds[2]] } });
      expect(hidden.statusCode).toBe(404);
      expect(hidden.json().issues[0].field).toBe('caseIds');
      const hiddenItem = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: member, payload: { feedbackIds: [feedbackIds[2]] } });
      expect(hiddenItem.statusCode).toBe(404);
      expect((await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: executive, payload: { caseIds: [caseIds[0]] } })).statusCode).toBe(403);
      const linked = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: member, payload: { caseIds: [caseIds[0]] } });
      expect(linked.statusCode).toBe(200);
      expect(linked.json()).toEqual({ linked: 1, voices: 1 });
      expect((await e2e.request({ method: 'DELETE', url: `${URL}/${id}/links/${feedbackIds[0]}`, cookie: executive })).statusCode).toBe(403);
    });

    it('treats a case or item the user cannot see as not found', async () => {
      const { id } = (await create(owner)).json();
      const unknownCase = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: owner, payload: { caseIds: [randomUUID()] } });
      expect(unknownCase.statusCode).toBe(404);
      const unknownItem = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: owner, payload: { feedbackIds: [randomUUID()] } });
      expect(unknownItem.statusCode).toBe(404);
      const unknownInitiative = await e2e.request({ method: 'POST', url: `${URL}/${randomUUID()}/links`, cookie: owner, payload: { caseIds: [caseIds[0]] } });
      expect(unknownInitiative.statusCode).toBe(404);
    });
  });

  describe('linking', () => {
    it('is idempotent: linking the same case or items again links nothing new', async () => {
      const { id } = (await create(owner)).json();
      const first = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: owner, payload: { caseIds: [caseIds[1]], feedbackIds: [feedbackIds[1]] } });
      expect(first.json()).toEqual({ linked: 1, voices: 1 });
      const again = await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: owner, payload: { feedbackIds: [feedbackIds[1]] } });
      expect(again.json()).toEqual({ linked: 0, voices: 1 });
      const service = e2e.app.get(InitiativesService);
      expect(await service.linkFeedback(id, [feedbackIds[1], feedbackIds[1]], 'staff', null)).toBe(0);
      const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM case_event WHERE case_id = $1 AND type = 'initiative_linked' AND data->>'initiativeId' = $2`, [caseIds[1], id]);
      expect(n).toBe(1);
      expect((await e2e.request({ method: 'POST', url: `${URL}/${id}/links`, cookie: owner, payload: {} })).json().issues[0].field).toBe('feedbackIds');
    });

    it('links every item the inbox search finds, and unlinks one', async () => {
      const { id } = (await create(owner)).json();
      const bulk = await e2e.request({ method: 'POST', url: `${URL}/${id}/links/search`, cookie: owner, payload: { view: 'all', q: MARK } });
      expect(bulk.statusCode).toBe(200);
      expect(bulk.json()).toEqual({ linked: 4, voices: 4 });
      const again = await e2e.request({ method: 'POST', url: `${URL}/${id}/links/search`, cookie: owner, payload: { view: 'all', q: MARK } });
      expect(again.json()).toEqual({ linked: 0, voices: 4 });
      const bad = await e2e.request({ method: 'POST', url: `${URL}/${id}/links/search`, cookie: owner, payload: { view: 'everything' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues[0].field).toBe('view');
      const unlinked = await e2e.request({ method: 'DELETE', url: `${URL}/${id}/links/${feedbackIds[3]}`, cookie: owner });
      expect(unlinked.statusCode).toBe(200);
      expect(unlinked.json().voices).toBe(3);
      expect((await e2e.request({ method: 'DELETE', url: `${URL}/${id}/links/${feedbackIds[3]}`, cookie: owner })).statusCode).toBe(404);
    });
  });

  describe('the initiative page', () => {
    it('breaks voices down by channel, segment and sentiment, lists items, actions and, once shipped, the topic before and after', async () => {
      const { id } = (await create(owner, { topic: 'baggage' })).json();
      await e2e.request({ method: 'POST', url: `${URL}/${id}/links/search`, cookie: owner, payload: { view: 'all', q: MARK } });
      await e2e.db.query(`INSERT INTO case_action (case_id, kind, description, status) VALUES ($1, 'customer_fix', 'Bag delivered to the hotel', 'done')`, [caseIds[0]]);
      // Our four items were said ten days before shipping: they count as "before".
      await e2e.db.query(`UPDATE feedback SET received_at = now() - interval '10 days' WHERE id = ANY($1::uuid[])`, [feedbackIds]);

      const page = await detail(id);
      expect(page.voices).toBe(4);
      expect(page.customers).toBe(4);
      expect(page.voicesBy.channel).toEqual([{ key: 'api', count: 4 }]);
      expect(page.voicesBy.segment).toEqual([
        { key: 'gold', count: 2 },
        { key: 'silver', count: 1 },
        { key: 'unknown', count: 1 },
      ]);
      expect(page.voicesBy.sentiment.reduce((s, x) => s + x.count, 0)).toBe(4);
      expect(page.links).toMatchObject({ total: 4, offset: 0 });
      expect(page.links.items).toHaveLength(4);
      expect(page.links.items.every((l) => l.case !== null && l.source === 'staff')).toBe(true);
      expect(page.actions.map((a) => a.description)).toEqual(['Bag delivered to the hotel']);
      expect(page.kpis).toBeNull();
      const second = await e2e.request({ method: 'GET', url: `${URL}/${id}?linksLimit=3&linksOffset=3`, cookie: owner });
      expect(second.json().links.items).toHaveLength(1);

      const shipped = await e2e.request({ method: 'PATCH', url: `${URL}/${id}`, cookie: owner, payload: { status: 'shipped', outcomeNote: 'Every bag now carries a tracker.' } });
      expect(shipped.statusCode).toBe(200);
      const [{ n: expectedBefore }] = await e2e.db.query(
        `SELECT count(*)::int AS n FROM feedback WHERE 'baggage' = ANY(topics) AND received_at >= now() - interval '28 days' AND received_at < now()`,
      );
      const kpis = (shipped.json() as InitiativeDetailDto).kpis!;
      expect(kpis).toMatchObject({ topic: 'baggage', days: 28 });
      expect(kpis.before.volume).toBe(expectedBefore);
      expect(kpis.after.volume).toBe(0);
      expect(kpis.weekly).toHaveLength(8);
    });
  });

  describe('owner picker (GET /api/initiatives/owners)', () => {
    it('refuses anonymous callers', async () => {
      const res = await e2e.request({ method: 'GET', url: `${URL}/owners` });
      expect(res.statusCode).toBe(401);
    });

    it('lists active admins, owners and executives by id, name and role only, for any staff role, and its choice can own an initiative', async () => {
      const emails = Object.values(DEMO_LOGINS).map((l) => l.email);
      const demo: { id: string; role: string; email: string }[] = await e2e.db.query('SELECT id, role, email FROM app_user WHERE email = ANY($1::text[])', [emails]);
      const idOf = (role: string) => demo.find((u) => u.role === role)!.id;
      const gone = randomUUID();
      await e2e.db.query(`INSERT INTO app_user (id, email, name, role, status) VALUES ($1, $2, 'Gone Owner', 'owner', 'deactivated')`, [gone, `gone.${gone.slice(0, 6)}@init.test`]);

      const res = await e2e.request({ method: 'GET', url: `${URL}/owners`, cookie: member });
      expect(res.statusCode).toBe(200);
      const owners: InitiativeOwnerOptionDto[] = res.json();
      expect(owners.length).toBeGreaterThanOrEqual(3);
      for (const o of owners) {
        expect(Object.keys(o).sort()).toEqual(['id', 'name', 'role']);
        expect(['admin', 'owner', 'executive']).toContain(o.role);
        expect(o.name.length).toBeGreaterThan(0);
      }
      const ids = owners.map((o) => o.id);
      expect(ids).toEqual(expect.arrayContaining([idOf('admin'), idOf('owner'), idOf('executive')]));
      expect(ids).not.toContain(idOf('member'));
      expect(ids).not.toContain(gone);
      expect(res.body).not.toContain('@');

      const [byExecutive, byAdmin] = await Promise.all([
        e2e.request({ method: 'GET', url: `${URL}/owners`, cookie: executive }),
        e2e.request({ method: 'GET', url: `${URL}/owners`, cookie: admin }),
      ]);
      expect(byExecutive.json()).toEqual(owners);
      expect(byAdmin.json()).toEqual(owners);

      const chosen = owners.find((o) => o.role === 'executive')!;
      const created = await create(owner, { ownerId: chosen.id });
      expect(created.statusCode).toBe(201);
      expect((created.json() as InitiativeDetailDto).owner).toEqual({ id: chosen.id, name: chosen.name });
    });
  });
});
