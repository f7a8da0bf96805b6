import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { CaseDetailDto, CasePage } from '@fullcircle/shared';
import type { Queue } from 'bullmq';
import { SlaTimersService } from '../src/modules/cases/sla/sla-timers.service';
import { train } from '../src/modules/enrichment/classification/text-classifier';
import { IntakeService } from '../src/modules/intake/intake.service';
import { RoutingService } from '../src/modules/routing/routing.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { caseDetail, caseOfItem } from './support/cases';
import { createApiKey, feedbackPayload, submitFeedback } from './support/intake-api';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const viaApi = { channel: 'api' as const, source: 'api-key:e2e' };

describe('routing: intake to a case in the owner’s inbox (worker, real PostgreSQL and Redis)', () => {
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let intake: IntakeService;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  let departments: Record<string, string>;

  const startWorker = async () => {
    useTestEnv({ DATABASE_URL: e2e.env.DATABASE_URL, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX, OUTBOX_POLL_MS: '100' });
    return (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
  };

  beforeAll(async () => {
    e2e = await startE2eApp('routing-cases');
    intake = e2e.app.get(IntakeService);
    worker = await startWorker();
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const rows: { slug: string; id: string }[] = await e2e.db.query('SELECT slug, id FROM department');
    departments = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
    // The demo seed's few hundred items go through enrichment and routing first; tests wait for
    // their own items only after that backlog, whose length depends on how busy the machine is.
    await waitFor(
      'the demo backlog to be routed',
      async () => {
        const [{ waiting }] = await e2e.db.query('SELECT count(*)::int AS waiting FROM feedback f WHERE NOT EXISTS (SELECT 1 FROM case_item ci WHERE ci.feedback_id = f.id)');
        return waiting === 0 ? true : undefined;
      },
      170_000,
    );
  }, 240_000);

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
  });

  const caseOf = (feedbackId: string) => caseOfItem(e2e, feedbackId, 30_000);
  const detail = (id: string, cookie = admin) => caseDetail(e2e, id, cookie);
  const createRule = async (body: object) => {
    const res = await e2e.request({ method: 'POST', url: '/api/routing/rules', cookie: admin, payload: body });
    expect(res.statusCode).toBe(201);
    return res.json() as { id: string };
  };

  it('lands an item submitted through the intake API in the right department’s inbox with an assignee, SLA due times and the routing reason', async () => {
    const rule = await createRule({
      rule: { name: 'Lost bags', conditions: [{ field: 'keywords', match: 'any', values: ['lost * bag', 'lost * luggage'] }], actions: { departmentId: departments.baggage, priority: 'high' } },
      departmentId: null,
    });
    // first in the order, ahead of the demo organisation's starter rules
    const others = (await e2e.request({ method: 'GET', url: '/api/routing/rules', cookie: admin })).json().map((r: { id: string }) => r.id).filter((id: string) => id !== rule.id);
    expect((await e2e.request({ method: 'POST', url: '/api/routing/rules/reorder', cookie: admin, payload: { ids: [rule.id, ...others] } })).statusCode).toBe(200);
    const key = await createApiKey(e2e, admin);
    const res = await submitFeedback(e2e, { secret: key.secret, payload: feedbackPayload({ text: 'You lost my bag at JFK and nobody calls back.' }) });
    expect(res.statusCode).toBe(202);
    const caseId = await caseOf(res.json().id);

    const inbox = await e2e.request({ method: 'GET', url: `/api/cases?view=open&q=${res.json().conversationReference}`, cookie: owner });
    expect(inbox.statusCode).toBe(200);
    const listed = (inbox.json() as CasePage).cases.find((c) => c.id === caseId);
    expect(listed).toMatchObject({ department: { id: departments.baggage, name: 'Baggage' }, priority: 'high', status: 'assigned', routedBy: 'rule' });
    expect(listed!.firstResponseDueAt).not.toBeNull();

    const c = await detail(caseId, owner);
    expect(c.routing).toMatchObject({ by: 'rule', rule: { id: rule.id, name: 'Lost bags' } });
    expect(c.routing.explanation).toContain('Rule “Lost bags” matched');
    expect(c.routing.explanation).toContain('Baggage');
    const [assignee] = await e2e.db.query(
      `SELECT u.status FROM department_membership m JOIN app_user u ON u.id = m.user_id WHERE m.department_id = $1 AND m.user_id = $2`,
      [departments.baggage, c.assignee!.id],
    );
    expect(assignee).toEqual({ status: 'active' });
    // Standard policy, high priority: 4 h first response, 24 h resolution of (always-open) business time
    const opened = Date.parse(c.openedAt);
    expect(Date.parse(c.sla.firstResponseDueAt!) - opened).toBe(4 * 3600_000);
    expect(Date.parse(c.sla.resolutionDueAt!) - opened).toBe(24 * 3600_000);
    expect(c.events.map((e) => e.type)).toEqual(['opened', 'routed', 'assigned']);
    expect(c.can).toMatchObject({ reassign: true, changeStatus: true, reply: true, resolve: true, reopen: false });

    // the next SLA step waits in Redis as a delayed job carrying the case's next step
    const [timer] = await e2e.db.query(`SELECT id FROM outbox_message WHERE queue = 'cases' AND payload->>'caseId' = $1`, [caseId]);
    const job = await waitFor('the timer job', async () => (await worker.get<Queue>(getQueueToken('cases'), { strict: false }).getJob(timer.id)) ?? undefined);
    expect(job.data).toMatchObject({ caseId, step: 'first_response_warning' });
    expect(await job.isDelayed()).toBe(true);
  });

  it('files a follow-up in the same conversation into the same case', async () => {
    const first = await intake.accept({ text: 'My flight home was cancelled and I need a hotel.', customer: { email: 'thread@example.test' } }, viaApi);
    const caseId = await caseOf(first.id);
    const reply = await intake.accept(
      { text: 'Any news? Still at the airport.', customer: { email: 'thread@example.test' } },
      { ...viaApi, thread: { reference: first.conversationReference } },
    );
    expect(await caseOf(reply.id)).toBe(caseId);
    const c = await detail(caseId);
    expect(c.itemCount).toBe(2);
    expect(c.items.map((i) => i.text)).toEqual(['My flight home was cancelled and I need a hotel.', 'Any news? Still at the airport.']);
  });

  it('sends an item no rule or model decides to triage, which owners and admins work and members may not open', async () => {
    const accepted = await intake.accept({ text: 'The lounge in Terminal 5 was closed without notice.', customer: { email: 'triage@example.test' } }, viaApi);
    const caseId = await caseOf(accepted.id);
    const c = await detail(caseId, owner);
    expect(c).toMatchObject({ status: 'triage', department: null, assignee: null, routedBy: 'triage' });
    expect(c.routing.explanation).toContain('no trained department model');
    expect(c.sla.firstResponseDueAt).toBeNull();

    const triage = await e2e.request({ method: 'GET', url: `/api/cases?view=triage&q=${accepted.conversationReference}`, cookie: owner });
    expect((triage.json() as CasePage).cases.map((x) => x.id)).toContain(caseId);
    expect((await e2e.request({ method: 'GET', url: '/api/cases?view=triage', cookie: member })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: member })).statusCode).toBe(404);
    expect((await e2e.request({ method: 'GET', url: `/api/cases?view=all&q=${accepted.conversationReference}`, cookie: member })).json().cases).toEqual([]);
  });

  it('routes out of triage with a reason, starts the SLA clock and keeps the choice as a department training label', async () => {
    const accepted = await intake.accept({ text: 'I was charged twice for my seat upgrade.', customer: { email: 'route-me@example.test' } }, viaApi);
    const caseId = await caseOf(accepted.id);

    const missing = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/reassign`, cookie: owner, payload: { departmentId: departments['customer-care'] } });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([expect.objectContaining({ field: 'reason' })]);
    const notMember = await e2e.request({
      method: 'POST',
      url: `/api/cases/${caseId}/reassign`,
      cookie: owner,
      payload: { departmentId: departments['customer-care'], assigneeId: (await e2e.db.query(`SELECT id FROM app_user WHERE role = 'executive'`))[0].id, reason: 'billing' },
    });
    expect(notMember.statusCode).toBe(400);
    expect(notMember.json().issues).toEqual([expect.objectContaining({ field: 'assigneeId' })]);
    expect((await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/reassign`, cookie: member, payload: { departmentId: departments.baggage, reason: 'mine' } })).statusCode).toBe(403);

    const res = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/reassign`, cookie: owner, payload: { departmentId: departments['customer-care'], reason: 'Billing is Customer Care' } });
    expect(res.statusCode).toBe(200);
    const c: CaseDetailDto = res.json();
    expect(c).toMatchObject({ status: 'assigned', department: { id: departments['customer-care'] }, routedBy: 'staff' });
    expect(c.sla.firstResponseDueAt).not.toBeNull();
    expect(c.events.at(-1)).toMatchObject({ type: 'reassigned', actor: { name: 'Olivia Owner' } });
    expect(c.events.at(-1)!.summary).toContain('Moved from triage to Customer Care');
    const labels = await e2e.db.query(`SELECT value, source FROM feedback_label WHERE feedback_id = $1 AND kind = 'department'`, [accepted.id]);
    expect(labels).toEqual([{ value: departments['customer-care'], source: 'correction' }]);
    // the owner leads Baggage only: the case has left their sight
    expect((await e2e.request({ method: 'GET', url: `/api/cases/${caseId}`, cookie: owner })).statusCode).toBe(404);
  });

  it('lets the department model route when it is confident enough and sends the rest to triage', async () => {
    await e2e.db.query('UPDATE routing_rule SET enabled = false');
    const examples = [
      ...['suitcase missing', 'bag never arrived', 'luggage damaged', 'suitcase broken', 'bag lost again'].map((text) => ({ text, label: departments.baggage })),
      ...['refund not received', 'charged twice', 'refund please', 'booking refund', 'double charge'].map((text) => ({ text, label: departments['customer-care'] })),
    ];
    const model = train(examples, { name: 'department', version: '1', minDocumentFrequency: 1 });
    const sure = model.predict('suitcase missing bag never arrived');
    expect(sure.confidence).toBeGreaterThan(0.6);
    await e2e.db.query(
      `INSERT INTO classifier_model (kind, version, status, algorithm, training_size, holdout_size, holdout_accuracy, evaluation, parameters, promoted_at)
       VALUES ('department', 1, 'active', $1, 10, 0, 1, '{}', $2, now())`,
      [model.kind, JSON.stringify(model.toJSON())],
    );
    const put = await e2e.request({ method: 'PUT', url: '/api/routing/settings', cookie: admin, payload: { autoRouteThreshold: Math.min(0.99, Math.max(0.5, sure.confidence - 0.01)) } });
    expect(put.statusCode).toBe(200);
    expect((await e2e.request({ method: 'PUT', url: '/api/routing/settings', cookie: owner, payload: { autoRouteThreshold: 0.6 } })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'GET', url: '/api/routing/settings', cookie: member })).statusCode).toBe(403);
    const read = await e2e.request({ method: 'GET', url: '/api/routing/settings', cookie: owner });
    expect(read.json()).toMatchObject({ autoRouteThreshold: put.json().autoRouteThreshold, model: { version: 1 } });
    expect((await e2e.request({ method: 'PUT', url: '/api/routing/settings', cookie: admin, payload: { autoRouteThreshold: 1.5 } })).json().issues).toEqual([
      expect.objectContaining({ field: 'autoRouteThreshold' }),
    ]);

    const confident = await intake.accept({ text: 'suitcase missing bag never arrived', customer: { email: 'model-sure@example.test' } }, viaApi);
    const routed = await detail(await caseOf(confident.id));
    expect(routed).toMatchObject({ department: { id: departments.baggage }, routedBy: 'model' });
    expect(routed.routing.model).toMatchObject({ name: `${model.provenance.model}@1`, departmentId: departments.baggage });

    const unsure = await intake.accept({ text: 'gate was crowded today', customer: { email: 'model-unsure@example.test' } }, viaApi);
    const waiting = await detail(await caseOf(unsure.id));
    expect(waiting).toMatchObject({ status: 'triage', routedBy: 'triage' });
    expect(waiting.routing.model!.confidence).toBeLessThan(put.json().autoRouteThreshold);
    await e2e.db.query(`DELETE FROM classifier_model WHERE kind = 'department'`);
    await e2e.db.query('UPDATE routing_rule SET enabled = true');
  });

  it('pauses the SLA clock while waiting on the customer and resumes it when they answer', async () => {
    const first = await intake.accept({ text: 'They lost my luggage in Denver.', customer: { email: 'pause@example.test' } }, viaApi);
    const caseId = await caseOf(first.id);
    // The demo owner works it: round robin may have given it to a member other than the demo one.
    const before = await detail(caseId, owner);
    expect(before.department?.id).toBe(departments.baggage);

    const waiting = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/status`, cookie: owner, payload: { status: 'waiting_on_customer' } });
    expect(waiting.statusCode).toBe(200);
    expect(waiting.json()).toMatchObject({ status: 'waiting_on_customer', sla: { firstResponseDueAt: null, resolutionDueAt: null } });
    expect(waiting.json().sla.pausedSince).not.toBeNull();
    expect((await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/status`, cookie: executive, payload: { status: 'in_progress' } })).statusCode).toBe(403);
    // resolving needs a reply to the customer, which this endpoint cannot record
    const resolve = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/status`, cookie: owner, payload: { status: 'resolved' } });
    expect(resolve.statusCode).toBe(400);
    expect(resolve.json().issues).toEqual([expect.objectContaining({ field: 'status' })]);

    await new Promise((r) => setTimeout(r, 1_100));
    const reply = await intake.accept({ text: 'Here is my tag number: 12345', customer: { email: 'pause@example.test' } }, { ...viaApi, thread: { reference: first.conversationReference } });
    await caseOf(reply.id);
    const after = await detail(caseId);
    expect(after.status).toBe('in_progress');
    expect(after.sla.pausedSince).toBeNull();
    // the pause pushed the due time back by as long as it lasted
    expect(Date.parse(after.sla.firstResponseDueAt!) - Date.parse(before.sla.firstResponseDueAt!)).toBeGreaterThanOrEqual(1_000);
    expect(after.events.map((e) => e.type)).toEqual(expect.arrayContaining(['paused', 'attached', 'resumed']));
  });

  it('warns, escalates to the owners, then to the executives, each step once, even with the worker restarted mid-way', async () => {
    const accepted = await intake.accept({ text: 'They lost my bag, please call me.', customer: { email: 'escalate@example.test' } }, viaApi);
    const caseId = await caseOf(accepted.id);
    const [{ sla_next_step: step, sla_next_step_at: at }] = await e2e.db.query('SELECT sla_next_step, sla_next_step_at FROM cases WHERE id = $1', [caseId]);
    expect(step).toBe('first_response_warning');

    // the warning's timer fires twice (at-least-once delivery): one warning
    const timers = worker.get(SlaTimersService, { strict: false });
    const fired = await Promise.all([timers.fire(caseId, step, at.toISOString()), timers.fire(caseId, step, at.toISOString())]);
    expect(fired.sort()).toEqual(['fired', 'stale']);

    await worker.close();
    worker = await startWorker();
    const restarted = worker.get(SlaTimersService, { strict: false });
    // the breach's timer was lost (say Redis lost its data): the sweep fires it once it is overdue
    // (an UPDATE … RETURNING answers [rows, count])
    const [[{ sla_next_step: lost }]] = await e2e.db.query(
      `UPDATE cases SET sla_next_step_at = now() - interval '5 minutes' WHERE id = $1 RETURNING sla_next_step`,
      [caseId],
    );
    expect(lost).toBe('first_response_breach');
    expect(await restarted.sweep()).toBeGreaterThanOrEqual(1);
    // the rest fire from their timers, as the restarted worker would run them
    for (;;) {
      const [next] = await e2e.db.query('SELECT sla_next_step, sla_next_step_at FROM cases WHERE id = $1', [caseId]);
      if (!next.sla_next_step) break;
      expect(await restarted.fire(caseId, next.sla_next_step, next.sla_next_step_at.toISOString())).toBe('fired');
    }
    expect(await restarted.fire(caseId, step, at.toISOString())).toBe('stale');

    const c = await detail(caseId);
    const sla = c.events.filter((e) => ['sla_warning', 'sla_breached', 'escalated'].includes(e.type));
    expect(sla.map((e) => e.data.step)).toEqual([
      'first_response_warning',
      'first_response_breach',
      'first_response_escalation',
      'resolution_warning',
      'resolution_breach',
      'resolution_escalation',
    ]);
    const notified = (i: number) => (sla[i].data.notified as { name: string; as: string }[]).map((p) => p.as);
    expect(notified(0)).toEqual(['assignee']);
    expect(new Set(notified(1))).toEqual(new Set(['department owner']));
    expect(notified(2)).toEqual(['executive']);
    expect(sla[2].summary).toBe('First response still overdue: escalated to Evan Executive (executive)');
    expect(c.sla.breached).toEqual({ firstResponse: true, resolution: true });
    expect(c.breached).toBe(true);
  });

  it('routes by the customer’s VIP flag and segment that staff set on the customer', async () => {
    const first = await intake.accept({ text: 'Hello, a question about my booking.', customer: { email: 'vip@example.test' } }, viaApi);
    await caseOf(first.id);
    const customerId = first.customerId;
    expect((await e2e.request({ method: 'PATCH', url: `/api/customers/${customerId}`, cookie: member, payload: { vip: true } })).statusCode).toBe(403);
    const bad = await e2e.request({ method: 'PATCH', url: `/api/customers/${customerId}`, cookie: admin, payload: { vip: 'yes' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([expect.objectContaining({ field: 'vip' })]);
    const patched = await e2e.request({ method: 'PATCH', url: `/api/customers/${customerId}`, cookie: owner, payload: { vip: true, segment: 'Business' } });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({ vip: true, segment: 'Business' });

    const rule = await createRule({
      rule: { name: 'VIP business travellers', conditions: [{ field: 'vip', value: true }, { field: 'segment', values: ['business'] }], actions: { departmentId: departments['customer-care'], priority: 'urgent' } },
      departmentId: null,
    });
    const others = (await e2e.request({ method: 'GET', url: '/api/routing/rules', cookie: admin })).json().map((r: { id: string }) => r.id).filter((id: string) => id !== rule.id);
    await e2e.request({ method: 'POST', url: '/api/routing/rules/reorder', cookie: admin, payload: { ids: [rule.id, ...others] } });
    // a new conversation from the same customer: the VIP rule decides
    const next = await intake.accept({ text: 'They lost my bag on the way to Paris.', customer: { email: 'vip@example.test' } }, viaApi);
    const c = await detail(await caseOf(next.id));
    expect(c).toMatchObject({ department: { id: departments['customer-care'] }, priority: 'urgent', routing: { by: 'rule', rule: { name: 'VIP business travellers' } } });
    expect(c.routing.rule!.matched).toEqual(['VIP customer', 'segment is business']);

    // the customer page lists their cases, each reader seeing only what their role allows
    const casesOf = async (cookie: string) =>
      ((await e2e.request({ method: 'GET', url: `/api/cases?view=all&customerId=${customerId}`, cookie })).json() as CasePage).cases.map((x) => x.department?.name ?? 'triage').sort();
    expect(await casesOf(admin)).toEqual(['Customer Care', 'triage']);
    expect(await casesOf(owner)).toEqual(['triage']);
    expect((await e2e.request({ method: 'GET', url: '/api/cases?customerId=not-a-uuid', cookie: admin })).json().issues).toEqual([expect.objectContaining({ field: 'customerId' })]);
    await e2e.request({ method: 'DELETE', url: `/api/routing/rules/${rule.id}`, cookie: admin });
  });

  it('never opens two cases for one item, however often its routing job runs', async () => {
    const accepted = await intake.accept({ text: 'Refund still missing after 3 weeks.', customer: { email: 'replay-route@example.test' } }, viaApi);
    const caseId = await caseOf(accepted.id);
    const routing = worker.get(RoutingService, { strict: false });
    expect(await Promise.all([routing.route(accepted.id), routing.route(accepted.id)])).toEqual(['already-filed', 'already-filed']);
    const [{ n }] = await e2e.db.query('SELECT count(*)::int AS n FROM case_item WHERE case_id = $1', [caseId]);
    expect(n).toBe(1);
  });

  it('pages through the inbox with a cursor and rejects a forged one', async () => {
    const first = await e2e.request({ method: 'GET', url: '/api/cases?view=all&limit=2&sort=newest', cookie: admin });
    const page1: CasePage = first.json();
    expect(page1.cases).toHaveLength(2);
    const second: CasePage = (await e2e.request({ method: 'GET', url: `/api/cases?view=all&limit=2&sort=newest&cursor=${page1.nextCursor}`, cookie: admin })).json();
    expect(second.cases.map((c) => c.id)).not.toContain(page1.cases[0].id);
    expect(Date.parse(second.cases[0].openedAt)).toBeLessThanOrEqual(Date.parse(page1.cases[1].openedAt));
    const badId = await e2e.request({ method: 'GET', url: '/api/cases/not-a-uuid', cookie: admin });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().issues).toEqual([expect.objectContaining({ field: 'id' })]);
    const forged = await e2e.request({ method: 'GET', url: '/api/cases?cursor=bm9wZQ', cookie: admin });
    expect(forged.statusCode).toBe(400);
    expect(forged.json().issues).toEqual([expect.objectContaining({ field: 'cursor' })]);
    expect((await e2e.request({ method: 'GET', url: '/api/cases' })).statusCode).toBe(401);
  });
});
