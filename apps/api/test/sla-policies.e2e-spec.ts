import { randomUUID } from 'node:crypto';
import { SlaPlanner } from '../src/modules/routing/sla/sla-planner.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const TARGETS = {
  low: { firstResponseMinutes: 1440, resolutionMinutes: 4800 },
  normal: { firstResponseMinutes: 480, resolutionMinutes: 2400 },
  high: { firstResponseMinutes: 120, resolutionMinutes: 960 },
  urgent: { firstResponseMinutes: 30, resolutionMinutes: 240 },
};
const LONDON = { timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: ['2026-12-25'] };

type Issue = { field: string; message: string };
const fields = (body: { issues?: Issue[] }) => (body.issues ?? []).map((i) => i.field);

describe('SLA policies and department business hours (/api/routing)', () => {
  let e2e: E2eApp;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  let baggage: string;
  let other: string;

  const hoursUrl = (id: string) => `/api/routing/departments/${id}/business-hours`;
  const auditCount = (action: string, targetId: string) =>
    e2e.db
      .query(`SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'audit' AND payload->>'action' = $1 AND payload->>'targetId' = $2`, [action, targetId])
      .then((rows: { n: number }[]) => rows[0].n);

  beforeAll(async () => {
    e2e = await startE2eApp('sla_policies');
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const departments: { id: string; slug: string }[] = await e2e.db.query('SELECT id, slug FROM department ORDER BY slug');
    baggage = departments.find((d) => d.slug === 'baggage')!.id;
    other = departments.find((d) => d.slug !== 'baggage')!.id;
  });

  afterAll(() => e2e?.close());

  describe('business hours', () => {
    it('defaults to always open until a department sets its hours', async () => {
      const res = await e2e.request({ method: 'GET', url: hoursUrl(other), cookie: admin });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ departmentId: other, configured: false, hours: { timeZone: 'UTC', workingDays: [1, 2, 3, 4, 5, 6, 7], start: '00:00', end: '24:00', holidays: [] } });
    });

    it('lets an admin set them, keeps them and audits the change', async () => {
      const res = await e2e.request({ method: 'PUT', url: hoursUrl(other), cookie: admin, payload: { ...LONDON, workingDays: [5, 1, 2, 3, 4, 4] } });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ departmentId: other, configured: true, hours: LONDON });
      expect((await e2e.request({ method: 'GET', url: hoursUrl(other), cookie: admin })).json().hours).toEqual(LONDON);
      expect(await auditCount('routing.business_hours.updated', other)).toBe(1);
    });

    it("lets an owner manage their own department's hours but not another's", async () => {
      const mine = await e2e.request({ method: 'PUT', url: hoursUrl(baggage), cookie: owner, payload: { ...LONDON, timeZone: 'Europe/Dublin' } });
      expect(mine.statusCode).toBe(200);
      expect((await e2e.request({ method: 'GET', url: hoursUrl(baggage), cookie: owner })).statusCode).toBe(200);
      expect((await e2e.request({ method: 'PUT', url: hoursUrl(other), cookie: owner, payload: LONDON })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'GET', url: hoursUrl(other), cookie: owner })).statusCode).toBe(403);
    });

    it('denies members and executives (403) and anonymous callers (401)', async () => {
      for (const cookie of [member, executive]) {
        expect((await e2e.request({ method: 'GET', url: hoursUrl(baggage), cookie })).statusCode).toBe(403);
        expect((await e2e.request({ method: 'PUT', url: hoursUrl(baggage), cookie, payload: LONDON })).statusCode).toBe(403);
      }
      expect((await e2e.request({ method: 'GET', url: hoursUrl(baggage) })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'PUT', url: hoursUrl(baggage), payload: LONDON })).statusCode).toBe(401);
    });

    it('answers 404 for an unknown department', async () => {
      expect((await e2e.request({ method: 'GET', url: hoursUrl(randomUUID()), cookie: admin })).statusCode).toBe(404);
      expect((await e2e.request({ method: 'PUT', url: hoursUrl(randomUUID()), cookie: admin, payload: LONDON })).statusCode).toBe(404);
    });

    it('rejects bad hours with 400 naming the fields', async () => {
      const res = await e2e.request({
        method: 'PUT',
        url: hoursUrl(other),
        cookie: admin,
        payload: { ...LONDON, timeZone: 'Mars/Olympus', start: '18:00', end: '17:00', holidays: ['2026-13-40'] },
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res.json())).toEqual(expect.arrayContaining(['timeZone', 'holidays.0']));
      const order = await e2e.request({ method: 'PUT', url: hoursUrl(other), cookie: admin, payload: { ...LONDON, start: '18:00', end: '17:00' } });
      expect(order.statusCode).toBe(400);
      expect(fields(order.json())).toEqual(['end']);
      const days = await e2e.request({ method: 'PUT', url: hoursUrl(other), cookie: admin, payload: { ...LONDON, workingDays: [] } });
      expect(fields(days.json())).toEqual(['workingDays']);
      expect((await e2e.request({ method: 'GET', url: hoursUrl(other), cookie: admin })).json().hours).toEqual(LONDON);
    });
  });

  describe('policies', () => {
    it('seeds exactly one default policy with the standard targets', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/routing/sla-policies', cookie: admin });
      expect(res.statusCode).toBe(200);
      const defaults = res.json().filter((p: { isDefault: boolean }) => p.isDefault);
      expect(defaults).toHaveLength(1);
      expect(defaults[0]).toMatchObject({ name: 'Standard', active: true, warnAtFraction: 0.75, targets: { urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 } } });
    });

    it('creates, updates and makes a policy the default, keeping exactly one default', async () => {
      const created = await e2e.request({ method: 'POST', url: '/api/routing/sla-policies', cookie: admin, payload: { name: 'Premium', targets: TARGETS, warnAtFraction: 0.8 } });
      expect(created.statusCode).toBe(201);
      const policy = created.json();
      expect(policy).toMatchObject({ name: 'Premium', description: null, targets: TARGETS, warnAtFraction: expect.closeTo(0.8, 5), isDefault: false, active: true });
      expect(await auditCount('routing.sla_policy.created', policy.id)).toBe(1);

      const renamed = await e2e.request({ method: 'PATCH', url: `/api/routing/sla-policies/${policy.id}`, cookie: admin, payload: { description: 'For VIP customers', isDefault: true } });
      expect(renamed.statusCode).toBe(200);
      expect(renamed.json()).toMatchObject({ description: 'For VIP customers', isDefault: true });
      const all = (await e2e.request({ method: 'GET', url: '/api/routing/sla-policies', cookie: owner })).json();
      expect(all.filter((p: { isDefault: boolean }) => p.isDefault).map((p: { id: string }) => p.id)).toEqual([policy.id]);

      const standard = all.find((p: { name: string }) => p.name === 'Standard');
      expect((await e2e.request({ method: 'PATCH', url: `/api/routing/sla-policies/${policy.id}`, cookie: admin, payload: { active: false } })).statusCode).toBe(400);
      expect((await e2e.request({ method: 'DELETE', url: `/api/routing/sla-policies/${policy.id}`, cookie: admin })).statusCode).toBe(400);
      expect((await e2e.request({ method: 'PATCH', url: `/api/routing/sla-policies/${standard.id}`, cookie: admin, payload: { isDefault: true } })).statusCode).toBe(200);
      expect((await e2e.request({ method: 'DELETE', url: `/api/routing/sla-policies/${policy.id}`, cookie: admin })).statusCode).toBe(204);
      expect((await e2e.request({ method: 'GET', url: `/api/routing/sla-policies/${policy.id}`, cookie: admin })).statusCode).toBe(404);
    });

    it('rejects a duplicate name with 409 naming it', async () => {
      const res = await e2e.request({ method: 'POST', url: '/api/routing/sla-policies', cookie: admin, payload: { name: 'Standard', targets: TARGETS } });
      expect(res.statusCode).toBe(409);
      expect(fields(res.json())).toEqual(['name']);
    });

    it('rejects bad targets with 400 naming the fields', async () => {
      const res = await e2e.request({
        method: 'POST',
        url: '/api/routing/sla-policies',
        cookie: admin,
        payload: {
          name: '',
          warnAtFraction: 1,
          targets: { ...TARGETS, high: { firstResponseMinutes: 120, resolutionMinutes: 60 }, urgent: { firstResponseMinutes: 0, resolutionMinutes: 1.5 } },
        },
      });
      expect(res.statusCode).toBe(400);
      expect(fields(res.json())).toEqual(
        expect.arrayContaining(['name', 'warnAtFraction', 'targets.high.resolutionMinutes', 'targets.urgent.firstResponseMinutes', 'targets.urgent.resolutionMinutes']),
      );
      const missing = await e2e.request({ method: 'POST', url: '/api/routing/sla-policies', cookie: admin, payload: { name: 'No low', targets: { ...TARGETS, low: undefined } } });
      expect(fields(missing.json())).toEqual(['targets.low']);
    });

    it('lets owners read but only admins write; 401 without a session', async () => {
      const [first] = (await e2e.request({ method: 'GET', url: '/api/routing/sla-policies', cookie: admin })).json();
      for (const cookie of [owner, member, executive]) {
        expect((await e2e.request({ method: 'POST', url: '/api/routing/sla-policies', cookie, payload: { name: 'X', targets: TARGETS } })).statusCode).toBe(403);
        expect((await e2e.request({ method: 'PATCH', url: `/api/routing/sla-policies/${first.id}`, cookie, payload: { name: 'X' } })).statusCode).toBe(403);
        expect((await e2e.request({ method: 'DELETE', url: `/api/routing/sla-policies/${first.id}`, cookie })).statusCode).toBe(403);
      }
      for (const cookie of [member, executive]) expect((await e2e.request({ method: 'GET', url: '/api/routing/sla-policies', cookie })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'GET', url: '/api/routing/sla-policies' })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: `/api/routing/sla-policies/${first.id}/preview`, payload: { departmentId: baggage, priority: 'high' } })).statusCode).toBe(401);
    });
  });

  describe('preview and planner', () => {
    it("previews due times on the department's hours", async () => {
      await e2e.request({ method: 'PUT', url: hoursUrl(other), cookie: admin, payload: LONDON });
      const created = (
        await e2e.request({ method: 'POST', url: '/api/routing/sla-policies', cookie: admin, payload: { name: 'Preview me', targets: TARGETS, warnAtFraction: 0.5 } })
      ).json();
      // Friday 27 Nov 2026 16:00 London (GMT), high: first response 2 h → Monday 10:00 (warn at 1 h: Friday's close);
      // resolution 16 h = 1 Fri + 8 Mon + 7 Tue → Tuesday 16:00 (warn at 8 h: Monday 16:00)
      const res = await e2e.request({
        method: 'POST',
        url: `/api/routing/sla-policies/${created.id}/preview`,
        cookie: owner,
        payload: { departmentId: other, priority: 'high', startAt: '2026-11-27T16:00:00Z' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        policyId: created.id,
        departmentId: other,
        priority: 'high',
        timeZone: 'Europe/London',
        startedAt: '2026-11-27T16:00:00.000Z',
        firstResponseWarnAt: '2026-11-27T17:00:00.000Z',
        firstResponseDueAt: '2026-11-30T10:00:00.000Z',
        resolutionWarnAt: '2026-11-30T16:00:00.000Z',
        resolutionDueAt: '2026-12-01T16:00:00.000Z',
      });
    });

    it('rejects a bad preview (400 naming fields, 404 unknown policy or department)', async () => {
      const [first] = (await e2e.request({ method: 'GET', url: '/api/routing/sla-policies', cookie: admin })).json();
      const bad = await e2e.request({ method: 'POST', url: `/api/routing/sla-policies/${first.id}/preview`, cookie: admin, payload: { departmentId: 'x', priority: 'asap' } });
      expect(bad.statusCode).toBe(400);
      expect(fields(bad.json())).toEqual(expect.arrayContaining(['departmentId', 'priority']));
      const noPolicy = await e2e.request({ method: 'POST', url: `/api/routing/sla-policies/${randomUUID()}/preview`, cookie: admin, payload: { departmentId: other, priority: 'low' } });
      expect(noPolicy.statusCode).toBe(404);
      const noDept = await e2e.request({ method: 'POST', url: `/api/routing/sla-policies/${first.id}/preview`, cookie: admin, payload: { departmentId: randomUUID(), priority: 'low' } });
      expect(noDept.statusCode).toBe(404);
    });

    it('plans with the default policy when none is given', async () => {
      const planner = e2e.app.get(SlaPlanner);
      // Standard (the default again): urgent first response 60 business minutes; London hours set above
      const plan = await planner.plan(other, null, 'urgent', new Date('2026-12-24T16:30:00Z'));
      expect(plan.firstResponseDueAt).toBe('2026-12-28T09:30:00.000Z');
      const [standard] = await e2e.db.query(`SELECT id FROM sla_policy WHERE is_default`);
      expect(plan.policyId).toBe(standard.id);
    });
  });
});
