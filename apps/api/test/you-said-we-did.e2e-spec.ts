import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { FeedPage, InitiativeDetailDto } from '@fullcircle/shared';
import { InitiativeFanOutService } from '../src/modules/initiatives/initiative-fan-out.service';
import { twilioSignature } from '../src/modules/intake/sms-signature';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { createApiKey, submitFeedback } from './support/intake-api';
import { FORMS_URL, formInput } from './support/intake-forms';
import { SmsReceiver } from './support/sms-receiver';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const SMS_URL = '/api/intake/sms/twilio';
const TWILIO_TOKEN = 'ysid-token-0123456789';
const PUBLIC_URL = 'https://fc.you-said.test';
const OUR_NUMBER = '+447700900999';
/** A word only these customers use, so the inbox search finds exactly them. */
const MARK = 'Zanzibarflight';

interface Voice {
  name: string;
  channel: 'api' | 'sms' | 'web_form';
  email?: string;
  phone?: string;
  /** true granted, false withdrawn, undefined never asked. */
  productUpdates?: boolean;
  feedbackId?: string;
  customerId?: string;
}

const id = () => randomUUID().slice(0, 8);
const VOICES: Voice[] = [
  { name: 'Ana Api', channel: 'api', email: `ana.${id()}@ysid.test`, productUpdates: true },
  { name: 'Ben Api', channel: 'api', email: `ben.${id()}@ysid.test`, productUpdates: true },
  { name: 'Cem Api', channel: 'api', email: `cem.${id()}@ysid.test` },
  { name: 'Dora Api', channel: 'api', email: `dora.${id()}@ysid.test`, productUpdates: false },
  { name: 'Eli Sms', channel: 'sms', phone: '+447700900101', productUpdates: true },
  { name: 'Fay Sms', channel: 'sms', phone: '+447700900102', productUpdates: true },
  { name: 'Gus Sms', channel: 'sms', phone: '+447700900103' },
  { name: 'Hana Form', channel: 'web_form', email: `hana.${id()}@ysid.test`, productUpdates: true },
  { name: 'Ivo Form', channel: 'web_form', email: `ivo.${id()}@ysid.test` },
  { name: 'Jo Form', channel: 'web_form', email: `jo.${id()}@ysid.test`, productUpdates: false },
];

/**
 * The outer loop end to end: ten customers complain in three channels (public API with an email,
 * SMS with a phone, the hosted web form with an email); the worker files their cases; an owner
 * links them to an initiative (one case from the case view, the rest in bulk from an inbox search)
 * and ships it. Each customer who agreed to product updates gets exactly one message, in their
 * channel, at a real SMTP server and a Twilio-compatible server; the others none; employees get a
 * feed announcement; shipping again or rerunning the fan-out sends nothing more.
 */
describe('you said, we did (API, worker, real SMTP and SMS receivers)', () => {
  let mail: SmtpReceiver;
  let sms: SmsReceiver;
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let admin: string;
  let owner: string;

  beforeAll(async () => {
    [mail, sms] = await Promise.all([SmtpReceiver.start(), SmsReceiver.start()]);
    const env = {
      DATABASE_URL: await createTestDatabase('you_said_we_did'),
      OUTBOUND_SMTP_URL: mail.url,
      TWILIO_API_URL: sms.url,
      TWILIO_ACCOUNT_SID: 'ACyousaidwedid',
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      TWILIO_FROM_NUMBER: OUR_NUMBER,
      PUBLIC_URL,
      OUTBOX_POLL_MS: '100',
    };
    e2e = await startE2eApp('you-said-we-did', env);
    useTestEnv({ ...env, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    [admin, owner] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner')]);
  }, 120_000);

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
    await Promise.all([mail?.stop(), sms?.stop()]);
  });

  const text = (v: Voice) => `${MARK}: my suitcase was lost on the baggage belt and nobody at the desk could tell me where my bag went. ${v.name}`;

  async function giveFeedback(): Promise<void> {
    const key = await createApiKey(e2e, admin, 'You said we did');
    const formRes = await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: formInput({ name: 'Lost bags', kind: 'csat', askEmail: 'optional' }) });
    expect(formRes.statusCode).toBe(201);
    const form = formRes.json();
    let ip = 1;
    for (const v of VOICES) {
      if (v.channel === 'api') {
        const res = await submitFeedback(e2e, { secret: key.secret, payload: { text: text(v), customer: { email: v.email, name: v.name } } });
        expect(res.statusCode).toBe(202);
        v.feedbackId = res.json().id;
      } else if (v.channel === 'sms') {
        const params = { AccountSid: 'ACyousaidwedid', MessageSid: `SM${randomBytes(16).toString('hex')}`, From: v.phone!, To: OUR_NUMBER, Body: text(v), NumMedia: '0' };
        const res = await e2e.request({
          method: 'POST',
          url: SMS_URL,
          payload: new URLSearchParams(params).toString(),
          headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': twilioSignature(TWILIO_TOKEN, PUBLIC_URL + SMS_URL, params) },
        });
        expect(res.statusCode).toBe(200);
        const [row] = await e2e.db.query(`SELECT id FROM feedback WHERE channel = 'sms' AND external_message_id = $1`, [params.MessageSid]);
        v.feedbackId = row.id;
      } else {
        const res = await e2e.request({
          method: 'POST',
          url: `${FORMS_URL}/${form.slug}/submissions`,
          headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID() },
          payload: JSON.stringify({ via: 'hosted', score: 1, comment: text(v), answers: { plan: 'Pro' }, email: v.email }),
          remoteAddress: `10.9.0.${ip++}`,
        });
        expect(res.statusCode).toBeLessThan(300);
        const [row] = await e2e.db.query(
          `SELECT f.id FROM feedback f JOIN customer_identity i ON i.customer_id = f.customer_id AND i.kind = 'email' WHERE f.channel = 'web_form' AND i.value = $1`,
          [v.email],
        );
        v.feedbackId = row.id;
      }
      const [{ customer_id }] = await e2e.db.query('SELECT customer_id FROM feedback WHERE id = $1', [v.feedbackId]);
      v.customerId = customer_id;
      if (v.productUpdates !== undefined) {
        const consent = await e2e.request({
          method: 'POST',
          url: `/api/customers/${v.customerId}/consents`,
          cookie: admin,
          payload: { purpose: 'product_updates', granted: v.productUpdates, source: 'signed form', wording: 'Tell me when you improve something I asked for.' },
        });
        expect(consent.statusCode).toBeLessThan(300);
      }
    }
  }

  const caseOf = (feedbackId: string) =>
    waitFor(`a case for ${feedbackId}`, async () => {
      const [row] = await e2e.db.query('SELECT case_id FROM case_item WHERE feedback_id = $1', [feedbackId]);
      return row?.case_id as string | undefined;
    }, 120_000);

  const detail = async (initiativeId: string): Promise<InitiativeDetailDto> => {
    const res = await e2e.request({ method: 'GET', url: `/api/initiatives/${initiativeId}`, cookie: owner });
    expect(res.statusCode).toBe(200);
    return res.json();
  };

  it('tells each consenting customer exactly once in their channel, and nobody else', async () => {
    await giveFeedback();
    const caseIds = [];
    for (const v of VOICES) caseIds.push(await caseOf(v.feedbackId!));
    // The owner sees these cases (routed to their department): the bulk link below relies on it.
    const created = await e2e.request({
      method: 'POST',
      url: '/api/initiatives',
      cookie: owner,
      payload: { title: 'Track every bag at the belt', problem: 'Customers lose track of their bags between the aircraft and the belt.', topic: 'baggage', isPublic: true },
    });
    expect(created.statusCode).toBe(201);
    const initiativeId = created.json().id as string;

    // One case from the case view, the rest in bulk from the inbox search.
    const fromCase = await e2e.request({ method: 'POST', url: `/api/initiatives/${initiativeId}/links`, cookie: owner, payload: { caseIds: [caseIds[0]] } });
    expect(fromCase.statusCode).toBe(200);
    expect(fromCase.json()).toEqual({ linked: 1, voices: 1 });
    const bulk = await e2e.request({ method: 'POST', url: `/api/initiatives/${initiativeId}/links/search`, cookie: owner, payload: { view: 'all', q: MARK } });
    expect(bulk.statusCode).toBe(200);
    expect(bulk.json()).toEqual({ linked: 9, voices: 10 });

    const shipped = await e2e.request({
      method: 'PATCH',
      url: `/api/initiatives/${initiativeId}`,
      cookie: owner,
      payload: { status: 'shipped', outcomeNote: 'Every bag now carries a tracker you can follow from the app.' },
    });
    expect(shipped.statusCode).toBe(200);
    expect(shipped.json()).toMatchObject({ status: 'shipped', outcomeNote: 'Every bag now carries a tracker you can follow from the app.' });
    const [{ id: updateId }] = await e2e.db.query('SELECT id FROM initiative_update WHERE initiative_id = $1', [initiativeId]);

    // Every message the fan-out queued has left (sent to the SMTP server or the SMS provider).
    const consenting = VOICES.filter((v) => v.productUpdates === true);
    await waitFor('the update to reach every consenting customer', async () => {
      const [{ n }] = await e2e.db.query(
        `SELECT count(*)::int AS n FROM outbound_message WHERE context->>'initiativeUpdateId' = $1 AND status IN ('sent', 'delivered')`,
        [updateId],
      );
      return n === consenting.length ? true : undefined;
    }, 120_000);

    for (const v of VOICES) {
      const mails = v.email ? mail.to(v.email) : [];
      const texts = v.phone ? sms.to(v.phone) : [];
      if (v.productUpdates === true) {
        if (v.email) {
          expect(mails).toHaveLength(1);
          // Tagged with the case reference, so an answer threads back onto the customer's case.
          expect(mails[0].parsed.subject).toMatch(/^You said, we did: Track every bag at the belt \[FC-[A-Z0-9]+\]$/);
          // The hosted form asks no name: those customers are greeted without one.
          expect(mails[0].parsed.text).toContain(v.channel === 'web_form' ? 'Hello there,' : `Hello ${v.name.split(' ')[0]},`);
          expect(mails[0].parsed.text).toContain('Every bag now carries a tracker');
          expect(mails[0].parsed.text).toContain(MARK);
        } else {
          expect(texts).toHaveLength(1);
          expect(texts[0].from).toBe(OUR_NUMBER);
          expect(texts[0].body).toContain('Every bag now carries a tracker');
          expect(texts[0].body).toContain(MARK);
        }
      } else {
        expect(mails).toHaveLength(0);
        expect(texts).toHaveLength(0);
      }
    }

    // Told counts by channel and outcome on the initiative page.
    const page = await detail(initiativeId);
    expect(page.voices).toBe(10);
    expect(page.customers).toBe(10);
    expect(page.voicesBy.channel).toEqual(expect.arrayContaining([{ key: 'api', count: 4 }, { key: 'sms', count: 3 }, { key: 'web_form', count: 3 }]));
    expect(page.updates).toHaveLength(1);
    expect(page.updates[0]).toMatchObject({ kind: 'shipped', recipients: 10, replied: 0 });
    expect(page.updates[0].fannedOutAt).not.toBeNull();
    expect(page.updates[0].toldByChannel).toEqual([{ key: 'email', count: 3 }, { key: 'sms', count: 2 }]);
    expect(page.updates[0].outcomes).toEqual(expect.arrayContaining([{ outcome: 'queued', count: 5 }, { outcome: 'no_consent', count: 5 }]));

    // Employees hear about it in the feed.
    const feed = await e2e.request({ method: 'GET', url: '/api/communications/feed?kind=announcement', cookie: owner });
    expect(feed.statusCode).toBe(200);
    expect((feed.json() as FeedPage).entries.filter((e) => e.title === 'Shipped: Track every bag at the belt')).toHaveLength(1);

    // Every linked case shows the update once.
    const [{ n: events }] = await e2e.db.query(`SELECT count(*)::int AS n FROM case_event WHERE type = 'initiative_update' AND case_id = ANY($1::uuid[])`, [caseIds]);
    expect(events).toBe(new Set(caseIds).size);

    // Shipping again tells nobody again; neither does rerunning the fan-out, even forced past its done mark.
    const again = await e2e.request({ method: 'PATCH', url: `/api/initiatives/${initiativeId}`, cookie: owner, payload: { status: 'shipped', outcomeNote: 'Every bag now carries a tracker you can follow from the app.' } });
    expect(again.statusCode).toBe(200);
    const fanOut = worker.get(InitiativeFanOutService);
    expect(await fanOut.fanOut(updateId)).toEqual({ told: 0, skipped: 0 });
    await e2e.db.query('UPDATE initiative_update SET fanned_out_at = NULL WHERE id = $1', [updateId]);
    expect(await fanOut.fanOut(updateId)).toEqual({ told: 0, skipped: 0 });
    const [{ n: updates }] = await e2e.db.query('SELECT count(*)::int AS n FROM initiative_update WHERE initiative_id = $1', [initiativeId]);
    expect(updates).toBe(1);
    const [{ n: queuedTotal }] = await e2e.db.query(`SELECT count(*)::int AS n FROM outbound_message WHERE context->>'initiativeUpdateId' = $1`, [updateId]);
    expect(queuedTotal).toBe(consenting.length);
    expect(mail.messages.filter((m) => VOICES.some((v) => v.email && m.envelopeTo.includes(v.email)))).toHaveLength(3);
    expect(sms.messages.filter((m) => VOICES.some((v) => v.phone === m.to))).toHaveLength(2);
  }, 300_000);
});
