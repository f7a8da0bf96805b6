import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { DEMO_PASSWORD, type FeedEntryDto, type FeedPage, type NotificationPage, type PublicSurvey } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { SlaTimersService } from '../src/modules/cases/sla/sla-timers.service';
import { CommunicationsService } from '../src/modules/communications/communications.service';
import { FeedDigestService } from '../src/modules/communications/feed/feed-digest.service';
import { FollowUpAnswersService } from '../src/modules/communications/follow-up/follow-up-answers.service';
import { FollowUpSurveysService } from '../src/modules/communications/follow-up/follow-up-surveys.service';
import { Case } from '../src/modules/cases/entities/case.entity';
import { IntakeService } from '../src/modules/intake/intake.service';
import { DemoSeedService } from '../src/modules/org/seed/demo-seed.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, sessionCookie, startE2eApp } from './support/e2e-app';
import { caseDetail, caseOfItem } from './support/cases';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const PUBLIC_URL = 'http://fullcircle.follow-up.test';
const viaApi = { channel: 'api' as const, source: 'api-key:e2e' };
const LINK = new RegExp(`${PUBLIC_URL.replace(/\./g, '\\.')}/s/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)`);

/**
 * Follow-up surveys, notifications and the feed with real parts: PostgreSQL, Redis, the worker
 * (enrichment, routing, dispatch to the development mailbox). The 24-hour wait after a resolution
 * is skipped by calling the follow-up job's service directly.
 */
describe('follow-up surveys, notifications and the feed (API, worker, real PostgreSQL and Redis)', () => {
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let intake: IntakeService;
  let followUps: FollowUpSurveysService;
  let admin: string;
  let owner: string;
  let member: string;
  let executive: string;
  let loyaltyMember: string;
  let departments: Record<string, string>;
  let users: Record<'owner' | 'member' | 'loyalty', string>;

  beforeAll(async () => {
    // Demo people and departments only: no demo feedback backlog for the worker to chew through first.
    e2e = await startE2eApp('follow_up_surveys', { SEED_DEMO: 'false', PUBLIC_URL, SURVEY_ANSWER_RATE_LIMIT: '100000' });
    await e2e.app.get(DemoSeedService, { strict: false }).seed();
    useTestEnv({ ...e2e.env, DATABASE_URL: e2e.env.DATABASE_URL, OUTBOX_POLL_MS: '100' });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    intake = e2e.app.get(IntakeService);
    followUps = worker.get(FollowUpSurveysService, { strict: false });
    [admin, owner, member, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('member'), e2e.signIn('executive')]);
    const rows: { slug: string; id: string }[] = await e2e.db.query('SELECT slug, id FROM department');
    departments = Object.fromEntries(rows.map((r) => [r.slug, r.id]));
    const [loyalty]: { id: string; email: string }[] = await e2e.db.query(
      `SELECT u.id, u.email FROM app_user u JOIN department_membership m ON m.user_id = u.id
        WHERE u.role = 'member' AND m.department_id = $1 AND NOT EXISTS (SELECT 1 FROM department_membership o WHERE o.user_id = u.id AND o.department_id = $2)
        ORDER BY u.email LIMIT 1`,
      [departments.loyalty, departments.baggage],
    );
    const login = await e2e.login(loyalty.email, DEMO_PASSWORD);
    loyaltyMember = sessionCookie(login)!;
    const ids: { email: string; id: string }[] = await e2e.db.query(`SELECT email, id FROM app_user WHERE email IN ('owner@demo.fullcircle.test', 'member@demo.fullcircle.test')`);
    const idOf = (email: string) => ids.find((u) => u.email === email)!.id;
    users = { owner: idOf('owner@demo.fullcircle.test'), member: idOf('member@demo.fullcircle.test'), loyalty: loyalty.id };

    const rule = await e2e.request({
      method: 'POST',
      url: '/api/routing/rules',
      cookie: admin,
      payload: {
        rule: { name: 'Suitcases', conditions: [{ field: 'keywords', match: 'any', values: ['suitcase', 'maleta'] }], actions: { departmentId: departments.baggage, priority: 'normal' } },
        departmentId: null,
      },
    });
    expect(rule.statusCode).toBe(201);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
  });

  const caseOf = (feedbackId: string) => caseOfItem(e2e, feedbackId, 60_000);
  const detail = (id: string, cookie = owner) => caseDetail(e2e, id, cookie);
  const notifications = async (cookie: string): Promise<NotificationPage> => {
    const res = await e2e.request({ method: 'GET', url: '/api/communications/notifications', cookie });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const resolvedAtOf = async (caseId: string): Promise<string> => ((await e2e.db.query('SELECT resolved_at FROM cases WHERE id = $1', [caseId]))[0].resolved_at as Date).toISOString();

  /** A Baggage case for the customer, worked by Milo Member and resolved without a reply (the customer asked for none). */
  const resolvedCase = async (email: string, text = 'My suitcase came back with a broken handle.'): Promise<string> => {
    const accepted = await intake.accept({ text, customer: { email, name: 'Casey Customer' } }, viaApi);
    const caseId = await caseOf(accepted.id);
    const assigned = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/reassign`, cookie: owner, payload: { assigneeId: users.member, reason: 'Milo knows handles' } });
    expect(assigned.statusCode).toBe(200);
    const resolved = await e2e.request({
      method: 'POST',
      url: `/api/cases/${caseId}/resolve`,
      cookie: member,
      payload: { summary: 'Handle replaced', noReplyReason: 'The customer asked us not to write back' },
    });
    expect(resolved.statusCode).toBe(200);
    return caseId;
  };
  /** Resolves, then sends the follow-up as its delayed job would; returns the answer link's token. */
  const surveyed = async (email: string): Promise<{ caseId: string; token: string }> => {
    const caseId = await resolvedCase(email);
    await expect(followUps.send(caseId, await resolvedAtOf(caseId))).resolves.toBe('sent');
    const [message] = await e2e.db.query(`SELECT body FROM outbound_message WHERE case_id = $1 AND purpose = 'survey'`, [caseId]);
    return { caseId, token: LINK.exec(message.body)![1] };
  };
  const answer = (token: string, payload: object) => e2e.request({ method: 'PUT', url: `/api/surveys/responses/${token}`, payload });
  const answeredEvent = (caseId: string) =>
    waitFor(
      'the answer to reach the case',
      async () => {
        const [row] = await e2e.db.query(`SELECT data FROM case_event WHERE case_id = $1 AND type = 'survey_answered'`, [caseId]);
        return row?.data as Record<string, unknown> | undefined;
      },
      60_000,
    );

  describe('sending', () => {
    it('sends the CSAT question by email with a signed link that opens the answer page, once', async () => {
      const email = 'one-click@customer.test';
      const caseId = await resolvedCase(email);
      const resolvedAt = await resolvedAtOf(caseId);
      await expect(followUps.send(caseId, resolvedAt)).resolves.toBe('sent');

      const [message] = await e2e.db.query(`SELECT id, channel, to_address, body, dedupe_key, status, context FROM outbound_message WHERE case_id = $1 AND purpose = 'survey'`, [caseId]);
      expect(message).toMatchObject({ channel: 'email', to_address: email, dedupe_key: `follow-up:${caseId}:${resolvedAt}` });
      const token = LINK.exec(message.body)?.[1];
      expect(token).toBeDefined();
      const page = await e2e.request({ method: 'GET', url: `/api/surveys/responses/${token}` });
      expect(page.statusCode).toBe(200);
      expect(page.json() as PublicSurvey).toMatchObject({ surveyName: 'Follow-up CSAT', scale: 'csat', min: 1, max: 5, answer: null });

      // the worker hands it to the development mailbox (no SMTP server configured), link intact
      const mailed = await waitFor('the survey email in the mailbox', async () => {
        const [row] = await e2e.db.query('SELECT text FROM mailbox_message WHERE outbound_message_id = $1', [message.id]);
        return row?.text as string | undefined;
      });
      expect(mailed).toContain(`${PUBLIC_URL}/s/${token}`);

      const c = await detail(caseId);
      expect(c.events.filter((e) => e.type === 'survey_sent').map((e) => e.data)).toEqual([{ status: 'sent', reason: null, channel: 'email', messageId: message.id }]);
      const [{ follow_up_status }] = await e2e.db.query('SELECT follow_up_status FROM cases WHERE id = $1', [caseId]);
      expect(follow_up_status).toBe('sent');
      // the job again (a retry): nothing more goes out
      await expect(followUps.send(caseId, resolvedAt)).resolves.toBe('stale');
      const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM outbound_message WHERE case_id = $1 AND purpose = 'survey'`, [caseId]);
      expect(n).toBe(1);
    });

    it('holds back the follow-up of a second resolution within 30 days (one survey per customer per 30 days)', async () => {
      const email = 'surveyed-twice@customer.test';
      await surveyed(email);
      const second = await resolvedCase(email, 'Another suitcase, another broken wheel.');
      await expect(followUps.send(second, await resolvedAtOf(second))).resolves.toBe('suppressed');
      const [message] = await e2e.db.query(`SELECT id, status, status_reason FROM outbound_message WHERE case_id = $1 AND purpose = 'survey'`, [second]);
      expect(message.status).toBe('suppressed');
      expect(message.status_reason).toContain('Contact limit');
      const c = await detail(second);
      const sent = c.events.find((e) => e.type === 'survey_sent');
      expect(sent?.data).toMatchObject({ status: 'suppressed', reason: message.status_reason, messageId: message.id });
      const [{ follow_up_status }] = await e2e.db.query('SELECT follow_up_status FROM cases WHERE id = $1', [second]);
      expect(follow_up_status).toBe('suppressed');
    });

    it('sends nothing for a case reopened since it was resolved', async () => {
      const caseId = await resolvedCase('changed-mind@customer.test');
      const resolvedAt = await resolvedAtOf(caseId);
      const reopened = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/reopen`, cookie: member, payload: { reason: 'The handle broke again' } });
      expect(reopened.statusCode).toBe(200);
      await expect(followUps.send(caseId, resolvedAt)).resolves.toBe('stale');
      const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM outbound_message WHERE case_id = $1 AND purpose = 'survey'`, [caseId]);
      expect(n).toBe(0);
    });
  });

  describe('answers', () => {
    it('files a low answer into the same case, reopens it and alerts the assignee and the owner, once', async () => {
      const { caseId, token } = await surveyed('unhappy@customer.test');
      const res = await answer(token, { score: 1, comment: 'The new handle fell off on the way home.' });
      expect(res.statusCode).toBe(200);
      expect(await answeredEvent(caseId)).toMatchObject({ score: 1, scale: 'csat', comment: 'The new handle fell off on the way home.' });

      const c = await detail(caseId, member);
      expect(c).toMatchObject({ status: 'assigned', itemCount: 2 });
      expect(c.items.map((i) => i.text)).toContain('The new handle fell off on the way home.');
      expect(c.events.find((e) => e.type === 'reopened')?.data).toMatchObject({ reason: 'the customer rated the resolution 1', by: 'survey' });
      const [row] = await e2e.db.query('SELECT follow_up_status, resolved_at, reopen_count FROM cases WHERE id = $1', [caseId]);
      expect(row).toEqual({ follow_up_status: 'answered', resolved_at: null, reopen_count: 1 });

      for (const cookie of [member, owner]) {
        const bell = await notifications(cookie);
        expect(bell.notifications.find((n) => n.caseId === caseId && n.kind === 'low_score')).toMatchObject({ title: `${c.reference} rated CSAT 1/5: reopened` });
      }

      // The same answer acted on again (a retried routing job after the case was resolved once more) reopens nothing.
      await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/resolve`, cookie: member, payload: { noReplyReason: 'The customer asked us not to write back' } });
      const feedbackId: string = (await e2e.db.query(`SELECT feedback_id FROM survey_invitation WHERE case_id = $1`, [caseId]))[0].feedback_id;
      const answers = worker.get(FollowUpAnswersService, { strict: false });
      await worker.get(DataSource).transaction(async (manager) => {
        const locked = await manager.findOneOrFail(Case, { where: { id: caseId }, lock: { mode: 'pessimistic_write' } });
        await answers.onAnswer(manager, locked, feedbackId);
      });
      const again = await detail(caseId, member);
      expect(again).toMatchObject({ status: 'resolved', itemCount: 2 });
      expect((await e2e.db.query('SELECT reopen_count FROM cases WHERE id = $1', [caseId]))[0].reopen_count).toBe(1);
      expect(again.events.filter((e) => e.type === 'survey_answered')).toHaveLength(1);
    });

    it('turns a high answer with a thank-you into recognition for the assignee, without reopening', async () => {
      const { caseId, token } = await surveyed('delighted@customer.test');
      const res = await answer(token, { score: 5, comment: 'Milo sorted it in a day. Thank you!' });
      expect(res.statusCode).toBe(200);
      await answeredEvent(caseId);

      const c = await detail(caseId, member);
      expect(c.status).toBe('resolved');
      const [row] = await e2e.db.query('SELECT follow_up_status, reopen_count FROM cases WHERE id = $1', [caseId]);
      expect(row).toEqual({ follow_up_status: 'answered', reopen_count: 0 });
      const bell = await notifications(member);
      expect(bell.notifications.find((n) => n.caseId === caseId && n.kind === 'recognition')).toMatchObject({ body: 'Milo sorted it in a day. Thank you!' });

      const feed = await e2e.request({ method: 'GET', url: '/api/communications/feed?kind=recognition', cookie: member });
      expect(feed.statusCode).toBe(200);
      const entry = (feed.json() as FeedPage).entries.find((e) => e.caseId === caseId);
      expect(entry).toMatchObject({
        kind: 'recognition',
        department: { id: departments.baggage, name: 'Baggage' },
        person: { id: users.member, name: 'Milo Member' },
        body: 'Milo sorted it in a day. Thank you!',
        caseReference: c.reference,
      });
    });
  });

  describe('notifications', () => {
    it('lists a colleague’s own notifications and marks only their own read', async () => {
      const communications = e2e.app.get(CommunicationsService, { strict: false });
      const [mine, theirs] = await e2e.db.transaction(async (manager) => [
        await communications.notifyStaff(manager, { userIds: [users.member], kind: 'mention', title: 'Mentioned you', body: 'Have a look', dedupeKey: 'iso:member' }),
        await communications.notifyStaff(manager, { userIds: [users.owner], kind: 'mention', title: 'Mentioned the owner', body: 'Have a look', dedupeKey: 'iso:owner' }),
      ]);
      const before = await notifications(member);
      expect(before.notifications.map((n) => n.id)).toContain(mine[0]);
      expect(before.notifications.map((n) => n.id)).not.toContain(theirs[0]);
      const newestFirst = before.notifications.map((n) => n.createdAt);
      expect([...newestFirst].sort().reverse()).toEqual(newestFirst);

      const read = await e2e.request({ method: 'POST', url: '/api/communications/notifications/read', cookie: member, payload: { ids: [mine[0], theirs[0]] } });
      expect(read.statusCode).toBe(200);
      expect((read.json() as NotificationPage).unread).toBe(before.unread - 1);
      const [ownerRow] = await e2e.db.query('SELECT read_at FROM staff_notification WHERE id = $1', [theirs[0]]);
      expect(ownerRow.read_at).toBeNull();
      expect((await notifications(owner)).notifications.find((n) => n.id === theirs[0])?.readAt).toBeNull();

      const all = await e2e.request({ method: 'POST', url: '/api/communications/notifications/read', cookie: member, payload: {} });
      expect((all.json() as NotificationPage).unread).toBe(0);
      expect((await notifications(owner)).unread).toBeGreaterThan(0);
    });

    it('refuses a malformed id naming it, and anyone signed out', async () => {
      const bad = await e2e.request({ method: 'POST', url: '/api/communications/notifications/read', cookie: member, payload: { ids: ['not-an-id'] } });
      expect(bad.statusCode).toBe(400);
      expect(JSON.stringify(bad.json())).toContain('ids');
      expect((await e2e.request({ method: 'GET', url: '/api/communications/notifications' })).statusCode).toBe(401);
    });

    it('rings the assignee’s bell when an SLA step fires', async () => {
      const accepted = await intake.accept({ text: 'Where is my suitcase? Day three.', customer: { email: 'sla@customer.test' } }, viaApi);
      const caseId = await caseOf(accepted.id);
      await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/reassign`, cookie: owner, payload: { assigneeId: users.member, reason: 'Milo takes it' } });
      const [next] = await e2e.db.query('SELECT sla_next_step AS step, sla_next_step_at AS at FROM cases WHERE id = $1', [caseId]);
      expect(next.step).toBe('first_response_warning');
      await expect(worker.get(SlaTimersService, { strict: false }).fire(caseId, next.step, next.at.toISOString())).resolves.toBe('fired');
      const bell = await notifications(member);
      expect(bell.notifications.find((n) => n.caseId === caseId && n.kind === 'sla_warning')?.title).toContain('first response due');
    });
  });

  describe('the feed', () => {
    const post = (cookie: string, payload: object) => e2e.request({ method: 'POST', url: '/api/communications/feed', cookie, payload });
    const read = async (cookie: string, query = ''): Promise<FeedEntryDto[]> => {
      const res = await e2e.request({ method: 'GET', url: `/api/communications/feed${query}`, cookie });
      expect(res.statusCode).toBe(200);
      return (res.json() as FeedPage).entries;
    };
    let departmentEntry: FeedEntryDto;
    let companyEntry: FeedEntryDto;

    beforeAll(async () => {
      const own = await post(owner, { kind: 'process_change', departmentId: departments.baggage, title: 'Handles are checked at the belt', body: 'From Monday every bag handle is checked before the belt.' });
      expect(own.statusCode).toBe(201);
      departmentEntry = own.json();
      const company = await post(admin, { kind: 'announcement', departmentId: null, title: 'New refund policy', body: 'Refunds within 7 days, everywhere.' });
      expect(company.statusCode).toBe(201);
      companyEntry = company.json();
    });

    it('shows a department’s entry to its people and leaders, not to another department', async () => {
      expect(departmentEntry).toMatchObject({ department: { id: departments.baggage, name: 'Baggage' }, author: { name: 'Olivia Owner' } });
      for (const cookie of [member, owner, executive, admin]) {
        expect((await read(cookie)).map((e) => e.id)).toEqual(expect.arrayContaining([departmentEntry.id, companyEntry.id]));
      }
      const loyalty = (await read(loyaltyMember)).map((e) => e.id);
      expect(loyalty).toContain(companyEntry.id);
      expect(loyalty).not.toContain(departmentEntry.id);
      const forbidden = await e2e.request({ method: 'GET', url: `/api/communications/feed?scope=${departments.baggage}`, cookie: loyaltyMember });
      expect(forbidden.statusCode).toBe(403);
      expect(forbidden.json().issues).toEqual([expect.objectContaining({ field: 'scope' })]);
      expect((await read(member, '?scope=company')).every((e) => e.department === null)).toBe(true);
    });

    it('pages newest first with a cursor', async () => {
      const first = await e2e.request({ method: 'GET', url: '/api/communications/feed?limit=1', cookie: admin });
      const page1 = first.json() as FeedPage;
      expect(page1.entries).toHaveLength(1);
      expect(page1.nextCursor).not.toBeNull();
      const page2 = (await e2e.request({ method: 'GET', url: `/api/communications/feed?limit=1&cursor=${page1.nextCursor}`, cookie: admin })).json() as FeedPage;
      expect(page2.entries).toHaveLength(1);
      expect(page2.entries[0].id).not.toBe(page1.entries[0].id);
      expect(Date.parse(page2.entries[0].createdAt)).toBeLessThanOrEqual(Date.parse(page1.entries[0].createdAt));
      const bad = await e2e.request({ method: 'GET', url: '/api/communications/feed?cursor=bm9wZQ', cookie: admin });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues).toEqual([expect.objectContaining({ field: 'cursor' })]);
    });

    it('lets owners post only to their departments, and members not at all', async () => {
      const elsewhere = await post(owner, { kind: 'lesson', departmentId: departments.loyalty, title: 'Not my department', body: 'x' });
      expect(elsewhere.statusCode).toBe(403);
      expect(elsewhere.json().issues).toEqual([expect.objectContaining({ field: 'departmentId' })]);
      const company = await post(owner, { kind: 'lesson', departmentId: null, title: 'To everyone', body: 'x' });
      expect(company.statusCode).toBe(403);
      expect(company.json().issues).toEqual([expect.objectContaining({ field: 'departmentId' })]);
      expect((await post(member, { kind: 'lesson', departmentId: departments.baggage, title: 'A member posts', body: 'x' })).statusCode).toBe(403);
      const extra = await post(admin, { kind: 'lesson', departmentId: null, title: 'Extra field', body: 'x', pinned: true });
      expect(extra.statusCode).toBe(400);
    });
  });

  describe('the organisation’s wording', () => {
    it('uses the “Follow-up CSAT” template in the customer’s language, with the link filled in', async () => {
      const template = await e2e.request({
        method: 'POST',
        url: '/api/communications/templates',
        cookie: admin,
        payload: {
          name: 'Follow-up CSAT',
          purpose: 'survey',
          versions: [
            { language: 'en', subject: 'How did we do? {{case.reference}}', body: 'Hello {{customer.first_name}}, rate us: {{survey.link}}' },
            { language: 'es', subject: '¿Qué tal lo hicimos? {{case.reference}}', body: 'Hola {{customer.first_name}}, valórenos: {{survey.link}}' },
          ],
        },
      });
      expect(template.statusCode).toBe(201);
      const caseId = await resolvedCase('maria@cliente.test', 'Mi maleta llegó rota y nadie en el aeropuerto me ayudó con la reclamación.');
      await expect(followUps.send(caseId, await resolvedAtOf(caseId))).resolves.toBe('sent');
      const [message] = await e2e.db.query(`SELECT subject, body, language, template_id FROM outbound_message WHERE case_id = $1 AND purpose = 'survey'`, [caseId]);
      expect(message).toMatchObject({ language: 'es', template_id: template.json().id });
      expect(message.subject).toMatch(/^¿Qué tal lo hicimos\? FC-/);
      expect(message.body).toMatch(LINK);
      expect(message.body.startsWith('Hola Casey, valórenos: ')).toBe(true);
    });
  });

  describe('preferences and the weekly digest', () => {
    it('keeps each colleague’s own preferences', async () => {
      expect((await e2e.request({ method: 'GET', url: '/api/communications/preferences', cookie: member })).json()).toEqual({ feedDigest: false, emailNotifications: true });
      const saved = await e2e.request({ method: 'PUT', url: '/api/communications/preferences', cookie: member, payload: { feedDigest: true, emailNotifications: true } });
      expect(saved.statusCode).toBe(200);
      expect(saved.json()).toEqual({ feedDigest: true, emailNotifications: true });
      expect((await e2e.request({ method: 'GET', url: '/api/communications/preferences', cookie: owner })).json()).toEqual({ feedDigest: false, emailNotifications: true });
      const bad = await e2e.request({ method: 'PUT', url: '/api/communications/preferences', cookie: member, payload: { feedDigest: 'yes', emailNotifications: true } });
      expect(bad.statusCode).toBe(400);
    });

    it('emails each opted-in colleague one digest a week of what they may read', async () => {
      await e2e.request({ method: 'PUT', url: '/api/communications/preferences', cookie: member, payload: { feedDigest: true, emailNotifications: true } });
      await e2e.request({ method: 'PUT', url: '/api/communications/preferences', cookie: loyaltyMember, payload: { feedDigest: true, emailNotifications: false } });
      const digest = worker.get(FeedDigestService, { strict: false });
      await expect(digest.sendWeekly()).resolves.toBe(2);
      await expect(digest.sendWeekly()).resolves.toBe(0);
      const rows: { recipient_user_id: string; body: string; subject: string }[] = await e2e.db.query(
        `SELECT recipient_user_id, subject, body FROM outbound_message WHERE purpose = 'digest'`,
      );
      expect(rows).toHaveLength(2);
      const milo = rows.find((r) => r.recipient_user_id === users.member)!;
      const loyalty = rows.find((r) => r.recipient_user_id === users.loyalty)!;
      expect(milo.body).toContain('Handles are checked at the belt');
      expect(milo.body).toContain('New refund policy');
      expect(loyalty.body).toContain('New refund policy');
      expect(loyalty.body).not.toContain('Handles are checked at the belt');
      expect(milo.subject).toMatch(/^Fullcircle this week: \d+ updates \(\d{4}-W\d{2}\)$/);
    });
  });
});
