import 'reflect-metadata';
import type { BulkCaseResult, CaseDetailDto, CommunicationSettings } from '@fullcircle/shared';
import { CaseOpeningService } from '../src/modules/cases/case-opening.service';
import { CaseResolutionService } from '../src/modules/cases/case-resolution.service';
import { CommunicationsService } from '../src/modules/communications/communications.service';
import { FollowUpAnswersService } from '../src/modules/communications/follow-up/follow-up-answers.service';
import { ActiveModelsService } from '../src/modules/enrichment/active-models.service';
import { IntakeService } from '../src/modules/intake/intake.service';
import { RoutingService } from '../src/modules/routing/routing.service';
import { RoutingSettingsService } from '../src/modules/routing/settings/routing-settings.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const viaApi = { channel: 'api' as const, source: 'api-key:e2e' };

/**
 * The inner loop's write side against real PostgreSQL and Redis: replies through the outbox,
 * resolve / reopen / close, merging and bulk changes, and a customer writing into a resolved case.
 * No worker runs: items are routed by calling the routing stage in-process (the demo backlog
 * stays queued), and outbound email would go to the development mailbox (OUTBOUND_SMTP_URL unset).
 */
describe('case lifecycle (API, real PostgreSQL and Redis)', () => {
  let e2e: E2eApp;
  let intake: IntakeService;
  let routing: RoutingService;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  let memberId: string;
  let departments: Record<string, string>;
  let settings: CommunicationSettings;

  beforeAll(async () => {
    e2e = await startE2eApp('case-lifecycle');
    intake = e2e.app.get(IntakeService);
    const get = <T>(type: new (...args: never[]) => T) => e2e.app.get(type, { strict: false });
    // The routing stage as the worker builds it (RoutingWorkerModule), over the app's own services.
    routing = new RoutingService(
      e2e.db,
      new ActiveModelsService(e2e.db),
      get(RoutingSettingsService),
      get(CaseOpeningService),
      get(CaseResolutionService),
      new FollowUpAnswersService(get(CommunicationsService), get(CaseResolutionService)),
    );
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const rows: { slug: string; id: string }[] = await e2e.db.query('SELECT slug, id FROM department');
    departments = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
    [{ id: memberId }] = await e2e.db.query(`SELECT id FROM app_user WHERE email = 'member@demo.fullcircle.test'`);
    // Enrichment (which finds the demo rules' topics) does not run here: a keyword rule sends lost luggage to Baggage.
    const rule = await post('/api/routing/rules', admin, {
      rule: { name: 'Lost luggage (e2e)', conditions: [{ field: 'keywords', match: 'any', values: ['luggage'] }], actions: { departmentId: departments.baggage } },
      departmentId: null,
    });
    expect(rule.statusCode).toBe(201);
    const res = await e2e.request({ method: 'GET', url: '/api/communications/settings', cookie: admin });
    expect(res.statusCode).toBe(200);
    settings = res.json();
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
  });

  const post = (url: string, cookie: string, payload: object = {}) => e2e.request({ method: 'POST', url, cookie, payload });
  const detail = async (id: string, cookie = admin): Promise<CaseDetailDto> => {
    const res = await e2e.request({ method: 'GET', url: `/api/cases/${id}`, cookie });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const caseOf = async (feedbackId: string): Promise<string> => (await e2e.db.query('SELECT case_id FROM case_item WHERE feedback_id = $1', [feedbackId]))[0].case_id;

  /** A lost-bag complaint, routed to Baggage by the demo organisation's rules. */
  const bagCase = async (email: string, text = 'They lost my luggage in Denver.') => {
    const accepted = await intake.accept({ text, customer: { email } }, viaApi);
    expect(await routing.route(accepted.id)).toBe('opened');
    const id = await caseOf(accepted.id);
    return { id, accepted };
  };
  const reassign = async (id: string, body: object) => expect((await post(`/api/cases/${id}/reassign`, admin, { reason: 'for the test', ...body })).statusCode).toBe(200);
  const outbox = (caseId: string, job: string): Promise<{ queue: string; delay_ms: number; payload: Record<string, string> }[]> =>
    e2e.db.query(`SELECT queue, delay_ms, payload FROM outbox_message WHERE job_name = $1 AND payload->>'caseId' = $2 ORDER BY created_at`, [job, caseId]);

  it('queues a reply in the outbox, meets the first response and starts work, taking an unassigned case', async () => {
    const { id } = await bagCase('reply-first@example.test');
    await reassign(id, { assigneeId: null });
    const before = await detail(id, member);
    expect(before).toMatchObject({ status: 'new', assignee: null, can: { reply: true } });
    expect(before.sla.firstResponseDueAt).not.toBeNull();

    const res = await post(`/api/cases/${id}/replies`, member, { body: 'So sorry: we are tracing your bag now.' });
    expect(res.statusCode).toBe(200);
    const c: CaseDetailDto = res.json();
    expect(c).toMatchObject({ status: 'in_progress', assignee: { id: memberId, name: 'Milo Member' } });
    expect(c.sla.firstRespondedAt).not.toBeNull();
    expect(c.sla.firstResponseDueAt).toBeNull();
    expect(c.messages).toEqual([
      expect.objectContaining({ purpose: 'reply', channel: 'email', status: 'queued', to: 'reply-first@example.test', body: 'So sorry: we are tracing your bag now.', author: { id: memberId, name: 'Milo Member' } }),
    ]);
    expect(c.messages[0].subject).toBe(`Re: They lost my luggage in Denver. [${c.reference}]`);
    const queued = c.events.find((e) => e.type === 'reply_queued');
    expect(queued?.data).toMatchObject({ messageId: c.messages[0].id, channel: 'email', status: 'queued' });
    expect(c.events.map((e) => e.type)).toEqual(expect.arrayContaining(['assigned', 'status_changed', 'reply_queued']));
    const [dispatch] = await e2e.db.query(`SELECT id FROM outbox_message WHERE job_name = 'dispatch' AND payload->>'messageId' = $1`, [c.messages[0].id]);
    expect(dispatch).toBeDefined();

    const missing = await post(`/api/cases/${id}/replies`, member, { body: '  ' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().issues).toEqual([expect.objectContaining({ field: 'body' })]);
  });

  it('resolves with a reply in the same step and schedules the follow-up survey and the auto-close', async () => {
    const { id } = await bagCase('reply-resolve@example.test');
    const res = await post(`/api/cases/${id}/replies`, owner, { body: 'Your bag is on its way to you.', then: 'resolved' });
    expect(res.statusCode).toBe(200);
    const c: CaseDetailDto = res.json();
    expect(c).toMatchObject({ status: 'resolved', resolution: { summary: null, noReplyReason: null, resolvedBy: { name: 'Olivia Owner' } } });
    expect(c.sla).toMatchObject({ firstResponseDueAt: null, resolutionDueAt: null });
    expect(c.sla.resolvedAt).not.toBeNull();
    expect(c.events.map((e) => e.type)).toEqual(expect.arrayContaining(['reply_queued', 'resolved', 'survey_scheduled']));

    const resolvedAt = c.sla.resolvedAt!;
    expect(await outbox(id, 'follow-up-survey')).toEqual([{ queue: 'communications', delay_ms: settings.followUpDelayHours * 3600_000, payload: { caseId: id, resolvedAt } }]);
    expect(await outbox(id, 'auto-close')).toEqual([{ queue: 'cases', delay_ms: settings.autoCloseDays * 86_400_000, payload: { caseId: id, resolvedAt } }]);
    const [row] = await e2e.db.query('SELECT follow_up_status, follow_up_at FROM cases WHERE id = $1', [id]);
    expect(row.follow_up_status).toBe('scheduled');
    expect(row.follow_up_at.getTime() - Date.parse(resolvedAt)).toBe(settings.followUpDelayHours * 3600_000);

    // the auto-close job: a timer for an older resolution does nothing; the right one closes once the days have passed
    const resolution = e2e.app.get(CaseResolutionService, { strict: false });
    expect(await resolution.autoClose(id, new Date(Date.parse(resolvedAt) - 1000).toISOString())).toBe('stale');
    expect(await resolution.autoClose(id, resolvedAt)).toBe('waiting');
    expect(await resolution.autoClose(id, resolvedAt, new Date(Date.parse(resolvedAt) + settings.autoCloseDays * 86_400_000))).toBe('closed');
    const closed = await detail(id);
    expect(closed.status).toBe('closed');
    expect(closed.events.at(-1)).toMatchObject({ type: 'closed', actor: null, data: { automatic: true, days: settings.autoCloseDays } });
  });

  it('refuses to resolve without a reply unless a reason is given, then reopens and closes; a closed case stays closed', async () => {
    const { id } = await bagCase('no-reply@example.test');
    const refused = await post(`/api/cases/${id}/resolve`, owner, { summary: 'Bag found' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().issues).toEqual([expect.objectContaining({ field: 'noReplyReason' })]);
    expect((await detail(id)).status).not.toBe('resolved');

    const resolved = await post(`/api/cases/${id}/resolve`, owner, { summary: 'Bag found', noReplyReason: 'No contact details that work', lesson: 'Scan tags at transfer desks' });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toMatchObject({ status: 'resolved', resolution: { summary: 'Bag found', noReplyReason: 'No contact details that work', resolvedBy: { name: 'Olivia Owner' } } });
    const [lesson] = await e2e.db.query(`SELECT kind, department_id, body FROM feed_entry WHERE case_id = $1`, [id]);
    expect(lesson).toEqual({ kind: 'lesson', department_id: departments.baggage, body: 'Scan tags at transfer desks' });

    const badReopen = await post(`/api/cases/${id}/reopen`, owner, {});
    expect(badReopen.statusCode).toBe(400);
    expect(badReopen.json().issues).toEqual([expect.objectContaining({ field: 'reason' })]);
    const reopened = await post(`/api/cases/${id}/reopen`, owner, { reason: 'The bag went missing again' });
    expect(reopened.statusCode).toBe(200);
    const r: CaseDetailDto = reopened.json();
    expect(r.status).toBe(r.assignee ? 'assigned' : 'new');
    expect(r.resolution).toBeNull();
    expect(r.sla.resolvedAt).toBeNull();
    expect(r.events.slice(-2).map((e) => [e.type, e.data.by ?? null])).toEqual([
      ['reopened', 'staff'],
      ['survey_cancelled', null],
    ]);
    const [row] = await e2e.db.query('SELECT follow_up_status, reopen_count FROM cases WHERE id = $1', [id]);
    expect(row).toEqual({ follow_up_status: 'cancelled', reopen_count: 1 });

    const closed = await post(`/api/cases/${id}/close`, owner, { reason: 'Handled by phone' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ status: 'closed', can: { reopen: false, close: false, reply: false } });
    const again = await post(`/api/cases/${id}/reopen`, owner, { reason: 'one more time' });
    expect(again.statusCode).toBe(409);
    expect((await post(`/api/cases/${id}/resolve`, owner, { noReplyReason: 'none possible' })).statusCode).toBe(409);
  });

  it('hides other departments’ cases from members (404) and refuses executives (403)', async () => {
    const { id } = await bagCase('elsewhere@example.test');
    await reassign(id, { departmentId: departments['flight-operations'] });
    expect((await post(`/api/cases/${id}/replies`, member, { body: 'Hello' })).statusCode).toBe(404);
    expect((await post(`/api/cases/${id}/resolve`, member, { noReplyReason: 'not mine anyway' })).statusCode).toBe(404);
    expect((await post(`/api/cases/${id}/close`, owner, {})).statusCode).toBe(404);
    expect((await post(`/api/cases/${id}/replies`, executive, { body: 'Hello' })).statusCode).toBe(403);
    expect((await post(`/api/cases/${id}/resolve`, executive, { noReplyReason: 'just looking' })).statusCode).toBe(403);
    expect((await detail(id)).events.map((e) => e.type)).not.toContain('reply_queued');
  });

  it('merges a duplicate into the customer’s other case, moving its items and messages', async () => {
    const first = await bagCase('merge@example.test');
    // a reply on the duplicate travels with it
    expect((await post(`/api/cases/${first.id}/replies`, admin, { body: 'Looking into it.' })).statusCode).toBe(200);
    await reassign(first.id, { departmentId: departments['customer-care'] });
    const second = await bagCase('merge@example.test', 'Still no sign of my lost luggage from Denver.');
    expect(second.id).not.toBe(first.id);
    const other = await bagCase('merge-other@example.test');

    expect((await post(`/api/cases/${first.id}/merge`, owner, { intoCaseId: second.id })).statusCode).toBe(404);
    expect((await post(`/api/cases/${first.id}/merge`, member, { intoCaseId: second.id })).statusCode).toBe(403);
    const self = await post(`/api/cases/${first.id}/merge`, admin, { intoCaseId: first.id });
    expect(self.json().issues).toEqual([expect.objectContaining({ field: 'intoCaseId' })]);
    const foreign = await post(`/api/cases/${second.id}/merge`, admin, { intoCaseId: other.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().issues).toEqual([expect.objectContaining({ field: 'intoCaseId' })]);

    const res = await post(`/api/cases/${first.id}/merge`, admin, { intoCaseId: second.id });
    expect(res.statusCode).toBe(200);
    const target: CaseDetailDto = res.json();
    expect(target.id).toBe(second.id);
    expect(target.itemCount).toBe(2);
    expect(target.items.map((i) => i.id).sort()).toEqual([first.accepted.id, second.accepted.id].sort());
    expect(target.messages.map((m) => m.body)).toEqual(['Looking into it.']);
    expect(target.sla.firstRespondedAt).not.toBeNull();
    expect(target.events.at(-1)).toMatchObject({ type: 'merged_from', data: { fromCaseId: first.id, items: 1, messages: 1 } });

    const source = await detail(first.id);
    expect(source).toMatchObject({ status: 'closed', mergedInto: { id: second.id, reference: target.reference }, items: [], messages: [] });
    expect(source.events.at(-1)).toMatchObject({ type: 'merged', data: { intoCaseId: second.id } });
    expect((await post(`/api/cases/${first.id}/merge`, admin, { intoCaseId: second.id })).statusCode).toBe(409);
  });

  it('applies bulk changes case by case, skipping the ones the user may not change', async () => {
    const mine = await bagCase('bulk-a@example.test');
    const hidden = await bagCase('bulk-b@example.test');
    await reassign(hidden.id, { departmentId: departments.loyalty });
    const nobody = '00000000-0000-4000-8000-000000000000';

    const closed = await post('/api/cases/bulk', owner, { op: 'close', caseIds: [mine.id, hidden.id, nobody], reason: 'duplicates of a known outage' });
    expect(closed.statusCode).toBe(200);
    const result: BulkCaseResult = closed.json();
    expect(result.done).toEqual([mine.id]);
    expect(result.skipped).toEqual([
      { id: hidden.id, reason: 'not found' },
      { id: nobody, reason: 'not found' },
    ]);
    expect((await detail(mine.id)).events.at(-1)).toMatchObject({ type: 'closed', data: { reason: 'duplicates of a known outage' } });
    expect((await post('/api/cases/bulk', owner, { op: 'close', caseIds: [mine.id], reason: 'again' })).json().skipped).toEqual([
      { id: mine.id, reason: 'A case that is closed cannot become closed' },
    ]);

    // a member may take unassigned cases of their departments, but not hand cases to others
    const open = await bagCase('bulk-c@example.test');
    await reassign(open.id, { assigneeId: null });
    const toOther = await post('/api/cases/bulk', member, { op: 'assign', caseIds: [open.id], assigneeId: (await e2e.db.query(`SELECT id FROM app_user WHERE role = 'owner' LIMIT 1`))[0].id, reason: 'yours' });
    expect(toOther.json().skipped).toEqual([{ id: open.id, reason: 'members may only assign cases to themselves' }]);
    const taken = await post('/api/cases/bulk', member, { op: 'assign', caseIds: [open.id, hidden.id], assigneeId: memberId, reason: 'I will take these' });
    expect(taken.json()).toEqual({ done: [open.id], skipped: [{ id: hidden.id, reason: 'not found' }] });
    expect((await detail(open.id)).assignee?.id).toBe(memberId);

    const bad = await post('/api/cases/bulk', owner, { op: 'archive', caseIds: [mine.id], reason: 'x' });
    expect(bad.statusCode).toBe(400);
    expect((await post('/api/cases/bulk', executive, { op: 'close', caseIds: [mine.id], reason: 'look' })).statusCode).toBe(403);
  });

  it('reopens a resolved case when the customer writes again in its conversation, cancelling the follow-up and telling the assignee', async () => {
    const { id, accepted } = await bagCase('writes-again@example.test');
    await reassign(id, { assigneeId: memberId });
    expect((await post(`/api/cases/${id}/replies`, member, { body: 'Found it, delivering today.', then: 'resolved' })).statusCode).toBe(200);

    const answer = await intake.accept({ text: 'It did not arrive today either.', customer: { email: 'writes-again@example.test' } }, { ...viaApi, thread: { reference: accepted.conversationReference } });
    expect(await routing.route(answer.id)).toBe('reopened');
    expect(await caseOf(answer.id)).toBe(id);
    const c = await detail(id, member);
    expect(c).toMatchObject({ status: 'assigned', itemCount: 2, assignee: { id: memberId } });
    expect(c.events.slice(-3).map((e) => e.type)).toEqual(['attached', 'reopened', 'survey_cancelled']);
    expect(c.events.at(-2)).toMatchObject({ actor: null, data: { by: 'customer', reason: 'the customer wrote again', feedbackId: answer.id } });
    expect(c.sla.resolutionDueAt).not.toBeNull();
    const notices = await e2e.db.query(`SELECT user_id, kind FROM staff_notification WHERE case_id = $1 AND kind = 'reopened'`, [id]);
    expect(notices).toEqual([{ user_id: memberId, kind: 'reopened' }]);

    // once closed, the customer writing again starts a new case
    expect((await post(`/api/cases/${id}/close`, member, {})).statusCode).toBe(403);
    expect((await post(`/api/cases/${id}/close`, owner, {})).statusCode).toBe(200);
    const later = await intake.accept({ text: 'And my lost luggage is still missing.', customer: { email: 'writes-again@example.test' } }, { ...viaApi, thread: { reference: accepted.conversationReference } });
    expect(await routing.route(later.id)).toBe('opened');
    expect(await caseOf(later.id)).not.toBe(id);
  });
});
