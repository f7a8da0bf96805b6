import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { getQueueToken } from '@nestjs/bullmq';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { DEMO_LOGINS, type CaseDetailDto, type SurgeDetailDto, type SurgeDto } from '@fullcircle/shared';
import { InitiativeFanOutService } from '../src/modules/initiatives/initiative-fan-out.service';
import { SurgeDetectionService } from '../src/modules/surges/surge-detection.service';
import { SURGE_DETECTION_SCHEDULER_ID } from '../src/modules/surges/surges.processor';
import { QUEUE } from '../src/queue/queue-names';
import { WorkerModule } from '../src/worker.module';
import { caseOfItem } from './support/cases';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { createApiKey, feedbackPayload, submitFeedback } from './support/intake-api';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const DAY_MS = 86_400_000;
const BAGGAGE_TEXTS = [
  'My suitcase did not come off the carousel.',
  'The baggage claim lost my suitcase again.',
  'My luggage was left behind, the suitcase is still missing.',
];

/**
 * Surges with every part real: a baseline of enriched items over the past days, a burst on one
 * topic from many customers (some of whom withdrew consent to be contacted), detection run twice,
 * the alert in the bell and at the real SMTP receiver, the one-click incident linking the burst and
 * its late arrivals, updates reaching each consenting customer exactly once, and the bulk resolve.
 */
describe('surges and incidents (API, worker, a real receiving SMTP server)', () => {
  let receiver: SmtpReceiver;
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let detection: SurgeDetectionService;
  let secret: string;
  let admin: string;
  let owner: string;
  let executive: string;
  let member: string;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    const env = {
      DATABASE_URL: await createTestDatabase('surges'),
      OUTBOUND_SMTP_URL: receiver.url,
      PUBLIC_URL: 'http://fullcircle.surges.test',
      OUTBOX_POLL_MS: '100',
    };
    e2e = await startE2eApp('surges', env);
    useTestEnv({ ...env, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    detection = e2e.app.get(SurgeDetectionService, { strict: false });
    // The worker registered the minutely detection; the suite runs it itself, at instants it chooses.
    const queue = worker.get<Queue>(getQueueToken(QUEUE.surges), { strict: false });
    const scheduler = await queue.getJobScheduler(SURGE_DETECTION_SCHEDULER_ID);
    expect(scheduler).toMatchObject({ name: 'detect', every: 60_000 });
    await queue.removeJobScheduler(SURGE_DETECTION_SCHEDULER_ID);
    [admin, owner, executive, member] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner'), e2e.signIn('executive'), e2e.signIn('member')]);
    secret = (await createApiKey(e2e, admin, 'Airline systems')).secret;
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
    await receiver?.stop();
  });

  /** Submits one item through the public API and waits until it is enriched and filed into a case. */
  async function submit(text: string, email: string, extra: Record<string, unknown> = {}): Promise<{ id: string; customerId: string }> {
    const res = await submitFeedback(e2e, { secret, payload: feedbackPayload({ text, customer: { email }, ...extra }) });
    expect(res.statusCode).toBe(202);
    const { id, customerId } = res.json() as { id: string; customerId: string };
    return { id, customerId };
  }
  const enriched = (ids: string[]) =>
    waitFor(
      `${ids.length} item(s) enriched and filed`,
      async () => {
        const [{ n }] = await e2e.db.query(
          `SELECT count(*)::int AS n FROM feedback f JOIN case_item ci ON ci.feedback_id = f.id WHERE f.id = ANY($1::uuid[]) AND f.enriched_at IS NOT NULL`,
          [ids],
        );
        return n === ids.length ? true : undefined;
      },
      120_000,
    );
  const get = async <T>(url: string, cookie: string): Promise<T> => {
    const res = await e2e.request({ method: 'GET', url, cookie });
    expect(res.statusCode).toBe(200);
    return res.json() as T;
  };
  const mailsTo = (address: string, count: number) =>
    waitFor(`${count} email(s) at ${address}`, async () => (receiver.to(address).length >= count ? receiver.to(address) : undefined), 60_000);

  const burstCustomers = Array.from({ length: 12 }, (_, i) => `burst.${i}.${randomUUID().slice(0, 8)}@customer.test`);
  // Four of them withdrew consent to be contacted about their feedback.
  const withdrawn = new Set(burstCustomers.slice(0, 4));
  const lateCustomers = [`late.a.${randomUUID().slice(0, 8)}@customer.test`, `late.b.${randomUUID().slice(0, 8)}@customer.test`];
  const burst: { id: string; customerId: string; email: string }[] = [];
  let surge: SurgeDto;

  it('raises exactly one surge for a burst on one topic, and alerts owners and executives once each', async () => {
    // The baseline: two baggage items a day, and other topics, over the ten days before.
    const baseline: string[] = [];
    for (let day = 1; day <= 10; day++) {
      const at = (hours: number) => new Date(Date.now() - day * DAY_MS - hours * 3_600_000).toISOString();
      baseline.push((await submit(BAGGAGE_TEXTS[day % 3], `base.${day}.a@customer.test`, { receivedAt: at(2) })).id);
      baseline.push((await submit(BAGGAGE_TEXTS[(day + 1) % 3], `base.${day}.b@customer.test`, { receivedAt: at(5) })).id);
      baseline.push((await submit('The meal was cold and the coffee ran out.', `base.${day}.c@customer.test`, { receivedAt: at(7) })).id);
      baseline.push((await submit('My seat had no legroom at all.', `base.${day}.d@customer.test`, { receivedAt: at(9) })).id);
    }
    await enriched(baseline);
    expect((await detection.detect()).surges).toEqual([]);

    // The burst: twelve customers within minutes, half of them at JFK (too few for a JFK surge of its own).
    for (const [i, email] of burstCustomers.entries()) {
      const item = await submit(`${BAGGAGE_TEXTS[i % 3]} Nobody at the desk could help me.`, email, i % 2 === 0 ? { metadata: { airport: 'JFK' } } : {});
      burst.push({ ...item, email });
    }
    await enriched(burst.map((b) => b.id));
    for (const b of burst.filter((x) => withdrawn.has(x.email))) {
      const res = await e2e.request({
        method: 'POST',
        url: `/api/customers/${b.customerId}/consents`,
        cookie: admin,
        payload: { purpose: 'contact_about_feedback', granted: false, source: 'phone call', wording: 'Do not contact me about my feedback.' },
      });
      expect(res.statusCode).toBeLessThan(300);
    }

    // Twice: one surge, found again rather than raised again.
    const first = await detection.detect(new Date(Date.now() + 1_000));
    expect(first.surges).toEqual([expect.objectContaining({ topic: 'baggage', dimension: 'topic', isNew: true })]);
    expect(first.alerted).toEqual([first.surges[0].id]);
    const second = await detection.detect(new Date(Date.now() + 2_000));
    expect(second.surges).toEqual([expect.objectContaining({ topic: 'baggage', dimension: 'topic', isNew: false })]);
    expect(second.alerted).toEqual([]);
    const rows = await e2e.db.query(`SELECT id, topic, dimension, dimension_value, status, volume FROM surge`);
    // The demo seeds' own items of the last hour count too: at least the burst.
    expect(rows).toEqual([expect.objectContaining({ topic: 'baggage', dimension: 'topic', dimension_value: '', status: 'open' })]);
    expect(rows[0].volume).toBeGreaterThanOrEqual(12);

    // Everyone who must act heard once, in the bell and by email, with the link to the surge.
    const recipients: { id: string; email: string }[] = await e2e.db.query(
      `SELECT DISTINCT u.id, u.email FROM app_user u LEFT JOIN department_membership m ON m.user_id = u.id AND m.is_owner
         LEFT JOIN department d ON d.id = m.department_id
        WHERE u.status = 'active' AND (u.role = 'executive' OR d.slug = 'baggage')`,
    );
    expect(recipients.map((r) => r.email)).toEqual(expect.arrayContaining([DEMO_LOGINS.owner.email, DEMO_LOGINS.executive.email]));
    const notes: { user_id: string; n: number }[] = await e2e.db.query(`SELECT user_id, count(*)::int AS n FROM staff_notification WHERE kind = 'surge' GROUP BY user_id`);
    expect(notes.map((n) => n.user_id).sort()).toEqual(recipients.map((r) => r.id).sort());
    expect(notes.every((n) => n.n === 1)).toBe(true);
    const bell = await get<{ notifications: { kind: string; link?: string | null; body: string }[] }>('/api/communications/notifications', owner);
    const alert = bell.notifications.find((n) => n.kind === 'surge');
    expect(alert?.link).toBe(`/surges/${rows[0].id}`);
    expect(alert?.body).toMatch(/^\d+ items in the last 60 minutes/);
    for (const address of [DEMO_LOGINS.owner.email, DEMO_LOGINS.executive.email]) {
      const [mail] = await mailsTo(address, 1);
      expect(mail.parsed.subject).toBe('Surge: Baggage');
      expect(mail.parsed.text).toContain(`http://fullcircle.surges.test/surges/${rows[0].id}`);
    }
    expect(await e2e.db.query(`SELECT 1 FROM staff_notification n JOIN app_user u ON u.id = n.user_id WHERE n.kind = 'surge' AND u.email = $1`, [DEMO_LOGINS.member.email])).toEqual([]);

    const list = await get<SurgeDto[]>('/api/surges', owner);
    expect(list).toEqual([expect.objectContaining({ id: rows[0].id, topic: 'baggage', status: 'open', volume: rows[0].volume })]);
    surge = list[0];
    expect(surge.itemCount).toBeGreaterThanOrEqual(12);
    expect(await get<SurgeDto[]>('/api/surges', executive)).toHaveLength(1);
    const detail = await get<SurgeDetailDto>(`/api/surges/${surge.id}?pageSize=5`, owner);
    expect(detail.items).toHaveLength(5);
    const all = await get<SurgeDetailDto>(`/api/surges/${surge.id}?pageSize=200`, owner);
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining(burst.map((b) => b.id)));
    expect(all.items).toHaveLength(surge.itemCount);
    expect(detail.affectedCustomers).toBeGreaterThanOrEqual(12);
    expect(detail.reachableCustomers).toBe(detail.affectedCustomers - withdrawn.size);
  }, 300_000);

  it('refuses anonymous callers, members and bad input', async () => {
    expect((await e2e.request({ method: 'GET', url: '/api/surges' })).statusCode).toBe(401);
    expect((await e2e.request({ method: 'GET', url: '/api/surges', cookie: member })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/incident`, cookie: member })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/updates`, payload: { message: 'Hello' } })).statusCode).toBe(401);

    const badId = await e2e.request({ method: 'GET', url: '/api/surges/not-a-uuid', cookie: owner });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().issues).toEqual([expect.objectContaining({ field: 'id' })]);
    const badStatus = await e2e.request({ method: 'GET', url: '/api/surges?status=burning', cookie: owner });
    expect(badStatus.statusCode).toBe(400);
    expect(badStatus.json().issues).toEqual([expect.objectContaining({ field: 'status' })]);
    const empty = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/updates`, cookie: owner, payload: { message: ' ' } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().issues).toEqual([expect.objectContaining({ field: 'message' })]);
    const noIncident = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/updates`, cookie: owner, payload: { message: 'Bags are on their way.' } });
    expect(noIncident.statusCode).toBe(409);
    expect((await e2e.request({ method: 'GET', url: `/api/surges/${randomUUID()}`, cookie: owner })).statusCode).toBe(404);
  });

  let initiativeId: string;

  it('opens an incident in one click that links every item behind the surge, and again returns the same', async () => {
    const opened = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/incident`, cookie: owner });
    expect(opened.statusCode).toBe(200);
    const detail = opened.json() as SurgeDetailDto;
    expect(detail.status).toBe('incident');
    expect(detail.initiativeId).toEqual(expect.any(String));
    initiativeId = detail.initiativeId!;
    expect(detail.items.every((i) => i.linked)).toBe(true);
    const [initiative] = await e2e.db.query(`SELECT kind, title, topic FROM initiative WHERE id = $1`, [initiativeId]);
    expect(initiative).toEqual({ kind: 'incident', title: 'Incident: Baggage', topic: 'baggage' });
    const links: { feedback_id: string; source: string }[] = await e2e.db.query(`SELECT feedback_id, source FROM initiative_link WHERE initiative_id = $1`, [initiativeId]);
    expect(links.map((l) => l.feedback_id)).toEqual(expect.arrayContaining(burst.map((b) => b.id)));
    expect(links).toHaveLength(surge.itemCount);
    expect(links.every((l) => l.source === 'surge')).toBe(true);

    const again = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/incident`, cookie: executive });
    expect(again.statusCode).toBe(200);
    expect(again.json().initiativeId).toBe(initiativeId);
    expect(await e2e.db.query(`SELECT id FROM initiative WHERE kind = 'incident'`)).toHaveLength(1);
  });

  it('links the late arrivals on the next detection run', async () => {
    const late: { id: string; customerId: string; email: string }[] = [];
    for (const email of lateCustomers) late.push({ ...(await submit('Still no sign of my suitcase at baggage claim.', email)), email });
    await enriched(late.map((l) => l.id));
    const before: { feedback_id: string }[] = await e2e.db.query(`SELECT feedback_id FROM initiative_link WHERE initiative_id = $1`, [initiativeId]);
    expect(before.map((l) => l.feedback_id)).not.toEqual(expect.arrayContaining([late[0].id]));
    await detection.detect(new Date(Date.now() + 1_000));
    const linked: { feedback_id: string }[] = await e2e.db.query(`SELECT feedback_id FROM initiative_link WHERE initiative_id = $1`, [initiativeId]);
    expect(linked.map((l) => l.feedback_id)).toEqual(expect.arrayContaining([...burst, ...late].map((b) => b.id)));
    burst.push(...late);
    expect(await e2e.db.query(`SELECT id FROM surge`)).toHaveLength(1);
  }, 180_000);

  /** Messages written for an update, per recipient customer. */
  const updateMessages = async (updateId: string): Promise<Map<string, number>> => {
    const rows: { customer_id: string; n: number }[] = await e2e.db.query(
      `SELECT customer_id, count(*)::int AS n FROM outbound_message WHERE context->>'initiativeUpdateId' = $1 GROUP BY customer_id`,
      [updateId],
    );
    return new Map(rows.map((r) => [r.customer_id, r.n]));
  };
  const queuedNotices = async (updateId: string) =>
    (await e2e.db.query(`SELECT count(*)::int AS n FROM initiative_notice WHERE update_id = $1 AND outcome = 'queued'`, [updateId]))[0].n as number;
  const fannedOut = (updateId: string) =>
    waitFor('the update to be fanned out', async () => ((await e2e.db.query(`SELECT fanned_out_at FROM initiative_update WHERE id = $1`, [updateId]))[0]?.fanned_out_at ? true : undefined), 60_000);

  it('tells each affected, consenting customer exactly once per update; their cases show it; bulk resolve closes them', async () => {
    const consenting = burst.filter((b) => !withdrawn.has(b.email));
    const sent = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/updates`, cookie: owner, payload: { message: 'Bags from the conveyor failure are on their way to you.' } });
    expect(sent.statusCode).toBe(200);
    const firstUpdate = (sent.json() as SurgeDetailDto).updates[0];
    await fannedOut(firstUpdate.id);
    for (const b of consenting) {
      const [mail] = await mailsTo(b.email, 1);
      expect(mail.parsed.text).toContain('Bags from the conveyor failure are on their way to you.');
    }
    const messages = await updateMessages(firstUpdate.id);
    for (const b of consenting) expect(messages.get(b.customerId)).toBe(1);
    for (const b of burst.filter((x) => withdrawn.has(x.email))) expect(messages.get(b.customerId)).toBeUndefined();
    const told = await queuedNotices(firstUpdate.id);
    expect([...messages.values()].reduce((a, n) => a + n, 0)).toBe(told);

    // Running the fan-out and the detector again changes nothing.
    await worker.get(InitiativeFanOutService, { strict: false }).fanOut(firstUpdate.id);
    await detection.detect(new Date(Date.now() + 1_000));
    expect(await updateMessages(firstUpdate.id)).toEqual(messages);
    const history = (await get<SurgeDetailDto>(`/api/surges/${surge.id}`, owner)).updates;
    expect(history).toEqual([expect.objectContaining({ id: firstUpdate.id, told })]);
    expect(history[0].notTold).toBeGreaterThanOrEqual(withdrawn.size);

    // A follow-up: one more message each.
    const followUp = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/updates`, cookie: executive, payload: { message: 'All delayed bags have now been delivered.' } });
    expect(followUp.statusCode).toBe(200);
    const secondUpdate = (followUp.json() as SurgeDetailDto).updates[0];
    expect(secondUpdate.id).not.toBe(firstUpdate.id);
    await fannedOut(secondUpdate.id);
    for (const b of consenting) {
      const mails = await mailsTo(b.email, 2);
      expect(mails).toHaveLength(2);
      expect(mails[1].parsed.text).toContain('All delayed bags have now been delivered.');
    }
    for (const b of burst.filter((x) => withdrawn.has(x.email))) expect(receiver.to(b.email)).toEqual([]);

    // Each case shows both updates.
    const caseIds = [...new Set(await Promise.all(burst.map((b) => caseOfItem(e2e, b.id))))];
    for (const caseId of caseIds) {
      const c = await get<CaseDetailDto>(`/api/cases/${caseId}`, owner);
      expect(c.events.filter((e) => e.type === 'initiative_update')).toHaveLength(2);
    }

    // Resolve them all with one message.
    const open: { n: number }[] = await e2e.db.query(
      `SELECT count(DISTINCT c.id)::int AS n FROM initiative_link l JOIN case_item ci ON ci.feedback_id = l.feedback_id JOIN cases c ON c.id = ci.case_id
        WHERE l.initiative_id = $1 AND c.status NOT IN ('resolved', 'closed')`,
      [initiativeId],
    );
    expect(open[0].n).toBeGreaterThanOrEqual(caseIds.length);
    const bad = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/resolve-cases`, cookie: owner, payload: {} });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([expect.objectContaining({ field: 'message' })]);
    expect((await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/resolve-cases`, cookie: member, payload: { message: 'Delivered.' } })).statusCode).toBe(403);
    const resolved = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/resolve-cases`, cookie: owner, payload: { message: 'All bags delivered.' } });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json()).toEqual({ resolved: open[0].n, skipped: [] });
    const statuses: { status: string }[] = await e2e.db.query(`SELECT status FROM cases WHERE id = ANY($1::uuid[])`, [caseIds]);
    expect(statuses.every((s) => s.status === 'resolved')).toBe(true);
    expect((await get<SurgeDetailDto>(`/api/surges/${surge.id}`, owner)).openCases).toBe(0);
  }, 300_000);

  it('raises a product surge beside its topic’s surge but alerts once, on the topic; dismissing keeps it quiet', async () => {
    const food: string[] = [];
    for (let i = 0; i < 10; i++) food.push((await submit('The meal was cold and there was no coffee at all.', `meal.${i}.${randomUUID().slice(0, 8)}@customer.test`, { metadata: { flight: 'FC 100' } })).id);
    await enriched(food);
    const before: { n: number }[] = await e2e.db.query(`SELECT count(*)::int AS n FROM staff_notification WHERE kind = 'surge'`);
    const run = await detection.detect(new Date(Date.now() + 1_000));
    const raised = run.surges.filter((s) => s.topic === 'food');
    expect(raised).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ dimension: 'topic', dimensionValue: '', isNew: true }),
        expect.objectContaining({ dimension: 'product', dimensionValue: 'FC 100', isNew: true }),
      ]),
    );
    const topicWide = raised.find((s) => s.dimension === 'topic')!;
    const product = raised.find((s) => s.dimension === 'product')!;
    expect(run.alerted).toEqual([topicWide.id]);
    const notes: { dedupe_key: string }[] = await e2e.db.query(`SELECT DISTINCT dedupe_key FROM staff_notification WHERE kind = 'surge' AND dedupe_key <> $1`, [`surge:${surge.id}`]);
    expect(notes).toEqual([{ dedupe_key: `surge:${topicWide.id}` }]);
    const [{ n: after }]: { n: number }[] = await e2e.db.query(`SELECT count(*)::int AS n FROM staff_notification WHERE kind = 'surge'`);
    expect(after).toBeGreaterThan(before[0].n);
    const detail = await get<SurgeDetailDto>(`/api/surges/${product.id}?pageSize=200`, executive);
    expect(detail.items.map((i) => i.id)).toEqual(expect.arrayContaining(food));

    // Dismissed: not raised again by the next run.
    const dismissed = await e2e.request({ method: 'POST', url: `/api/surges/${product.id}/dismiss`, cookie: executive });
    expect(dismissed.statusCode).toBe(200);
    expect(dismissed.json().status).toBe('dismissed');
    const next = await detection.detect(new Date(Date.now() + 2_000));
    expect(next.surges.filter((s) => s.dimension === 'product')).toEqual([]);
    expect(await e2e.db.query(`SELECT status FROM surge WHERE dimension = 'product'`)).toEqual([{ status: 'dismissed' }]);
  }, 180_000);

  it('dismisses an open surge only', async () => {
    const res = await e2e.request({ method: 'POST', url: `/api/surges/${surge.id}/dismiss`, cookie: owner });
    expect(res.statusCode).toBe(409);
  });
});
