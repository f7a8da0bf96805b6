import 'reflect-metadata';
import type { CommunicationSettings, MailboxMessageDto, MailboxPage } from '@fullcircle/shared';
import { UnrecoverableError } from 'bullmq';
import { Case } from '../src/modules/cases/entities/case.entity';
import { CommunicationsService } from '../src/modules/communications/communications.service';
import type { QueueMessageInput } from '../src/modules/communications/communications.types';
import { DispatchService } from '../src/modules/communications/dispatch/dispatch.service';
import { twilioSignature } from '../src/modules/intake/sms-signature';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase } from './support/test-database';

const FEEDBACK = 'feedback@fc-delivery.test';
const TWILIO_TOKEN = 'twilio-token-0123456789abcdef';
const PUBLIC_URL = 'https://fc-delivery.example.test';
const SMS_STATUS_URL = '/api/communications/sms/status';

/**
 * Delivery of outbound messages with real parts: PostgreSQL, the outbox, and a real SMTP server
 * (smtp-server) standing in for the customer's mail provider, which can refuse an address or go
 * down. Dispatch is driven directly (the job handler's one call) so each attempt is deterministic.
 */
describe('communications: delivery through the outbox (real PostgreSQL and SMTP)', () => {
  let receiver: SmtpReceiver;
  let e2e: E2eApp;
  let communications: CommunicationsService;
  let dispatcher: DispatchService;
  let admin: string;
  let member: string;
  let owner: string;
  let otherDepartment: string;
  let n = 0;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    e2e = await startE2eApp('communications-delivery', {
      DATABASE_URL: await createTestDatabase('communications_delivery'),
      OUTBOUND_SMTP_URL: receiver.url,
      INBOUND_EMAIL_ADDRESSES: FEEDBACK,
      TWILIO_AUTH_TOKEN: TWILIO_TOKEN,
      PUBLIC_URL,
    });
    communications = e2e.app.get(CommunicationsService);
    dispatcher = e2e.app.get(DispatchService);
    [admin, member, owner] = await Promise.all([e2e.signIn('admin'), e2e.signIn('member'), e2e.signIn('owner')]);
    const [row] = await e2e.db.query(`SELECT id FROM department WHERE slug NOT IN ('baggage', 'customer-care') ORDER BY slug LIMIT 1`);
    otherDepartment = row.id;
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    await receiver?.stop();
  });

  /** A customer with an email address and a case about their feedback, in a department the demo owner and member are not in. */
  const customerWithCase = async (): Promise<{ email: string; customerId: string; caseId: string; reference: string }> => {
    const email = `ana.${++n}.${Date.now()}@customer.test`;
    const accepted = await e2e.app.get(IntakeService).accept(
      { text: 'You lost my bag at JFK and nobody calls back.', customer: { email, name: 'Ana López' } },
      { channel: 'api', source: 'api-key:e2e' },
    );
    const [f] = await e2e.db.query(
      'SELECT f.customer_id, f.conversation_id, v.reference FROM feedback f JOIN conversation v ON v.id = f.conversation_id WHERE f.id = $1',
      [accepted.id],
    );
    const c = await e2e.db.manager.save(
      e2e.db.manager.create(Case, {
        customerId: f.customer_id,
        conversationId: f.conversation_id,
        firstFeedbackId: accepted.id,
        departmentId: otherDepartment,
        status: 'in_progress',
        priority: 'normal',
        routedBy: 'staff',
        routing: { by: 'staff', rule: null, model: null, explanation: 'filed by the test', decidedAt: new Date().toISOString() },
        slaPauses: [],
        slaFired: [],
        openedAt: new Date(),
      }),
    );
    return { email, customerId: f.customer_id, caseId: c.id, reference: f.reference };
  };

  const queue = (input: QueueMessageInput) => e2e.db.transaction((manager) => communications.queueMessage(manager, input));
  const row = async (id: string) => (await e2e.db.query('SELECT status, status_reason, attempts, sent_at, email_message_id FROM outbound_message WHERE id = $1', [id]))[0];
  const outboxRows = async (id: string): Promise<number> =>
    (await e2e.db.query(`SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'communications' AND payload->>'messageId' = $1`, [id]))[0].n;

  it('delivers a reply once, with the headers that thread the customer’s answer back to the case; dispatching it again sends nothing', async () => {
    const { email, customerId, caseId, reference } = await customerWithCase();
    const queued = await queue({ customerId, caseId, purpose: 'reply', originalChannel: 'api', subject: 'About your bag', body: 'We found your bag.', inReplyTo: ['<orig-1@customer.test>'] });
    expect(queued).toMatchObject({ channel: 'email', status: 'queued', reason: null, to: email });
    expect(await outboxRows(queued.id)).toBe(1);

    expect(await dispatcher.dispatch(queued.id)).toBe('sent');
    expect(await dispatcher.dispatch(queued.id)).toBe('sent');
    await Promise.allSettled([dispatcher.dispatch(queued.id), dispatcher.dispatch(queued.id)]);

    const mails = receiver.to(email);
    expect(mails).toHaveLength(1);
    const { parsed } = mails[0];
    expect(parsed.messageId).toBe(`<${queued.id}@fc-delivery.test>`);
    expect(parsed.inReplyTo).toBe('<orig-1@customer.test>');
    expect(parsed.replyTo?.value[0].address?.toLowerCase()).toBe(`feedback+${reference}@fc-delivery.test`.toLowerCase());
    expect(parsed.subject).toBe(`About your bag [${reference}]`);
    expect(parsed.text?.trim()).toBe('We found your bag.');
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 1, status_reason: null, email_message_id: `${queued.id}@fc-delivery.test` });
    const events = await e2e.db.query(`SELECT data FROM case_event WHERE case_id = $1 AND type = 'message_status'`, [caseId]);
    expect(events.map((e: { data: object }) => e.data)).toEqual([{ messageId: queued.id, channel: 'email', purpose: 'reply', status: 'sent', reason: null }]);
  });

  it('retries while the mail server is down, keeping the reason, and sends exactly once when it is back', async () => {
    const { email, customerId, caseId } = await customerWithCase();
    const queued = await queue({ customerId, caseId, purpose: 'reply', body: 'Sorry for the wait.' });
    await receiver.stop();
    try {
      await expect(dispatcher.dispatch(queued.id)).rejects.toMatchObject({ permanent: false });
      await expect(dispatcher.dispatch(queued.id)).rejects.toMatchObject({ permanent: false });
      const waiting = await row(queued.id);
      expect(waiting).toMatchObject({ status: 'queued', attempts: 2, sent_at: null });
      expect(waiting.status_reason).toContain('The mail server could not be reached');
    } finally {
      await receiver.listen();
    }
    expect(await dispatcher.dispatch(queued.id)).toBe('sent');
    expect(await dispatcher.dispatch(queued.id)).toBe('sent');
    expect(receiver.to(email)).toHaveLength(1);
    expect(await row(queued.id)).toMatchObject({ status: 'sent', attempts: 3, status_reason: null });
  });

  it('marks the last failed attempt failed instead of leaving it queued', async () => {
    const { customerId } = await customerWithCase();
    const queued = await queue({ customerId, purpose: 'reply', body: 'Still there?' });
    await receiver.stop();
    try {
      expect(await dispatcher.dispatch(queued.id, { last: true })).toBe('failed');
    } finally {
      await receiver.listen();
    }
    expect(await dispatcher.dispatch(queued.id)).toBe('failed');
    expect((await row(queued.id)).status).toBe('failed');
  });

  it('fails a message the receiving server refuses for good, says why, and shows it on the case', async () => {
    const { email, customerId, caseId } = await customerWithCase();
    receiver.refuse(email);
    const queued = await queue({ customerId, caseId, purpose: 'reply', body: 'We found your bag.' });
    await expect(dispatcher.dispatch(queued.id)).rejects.toBeInstanceOf(UnrecoverableError);
    const failed = await row(queued.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.status_reason).toMatch(/^The mail server refused the message: 550/);
    expect(await dispatcher.dispatch(queued.id)).toBe('failed');
    const [event] = await e2e.db.query(`SELECT data FROM case_event WHERE case_id = $1 AND type = 'message_status'`, [caseId]);
    expect(event.data).toMatchObject({ messageId: queued.id, status: 'failed', reason: failed.status_reason });
    expect(receiver.to(email)).toHaveLength(0);
  });

  it('does not contact a customer who withdrew consent, and says so', async () => {
    const { email, customerId, caseId } = await customerWithCase();
    await e2e.db.query(
      `INSERT INTO consent_record (customer_id, purpose, granted, source, wording, recorded_at) VALUES ($1, 'contact_about_feedback', false, 'e2e', 'Do not contact me', '2026-11-30T10:00:00Z')`,
      [customerId],
    );
    const queued = await queue({ customerId, caseId, purpose: 'reply', body: 'We found your bag.' });
    expect(queued).toMatchObject({ status: 'suppressed', reason: 'The customer withdrew consent to be contacted about their feedback on 2026-11-30' });
    expect(await outboxRows(queued.id)).toBe(0);
    expect(await dispatcher.dispatch(queued.id)).toBe('suppressed');
    expect(receiver.to(email)).toHaveLength(0);
    const reach = await communications.reachability(e2e.db.manager, customerId, 'reply');
    expect(reach).toEqual({ ok: false, reason: queued.reason, channel: 'email', address: email });
  });

  it('sends one survey per 30 days across channels, but never holds back a reply', async () => {
    const { customerId, caseId } = await customerWithCase();
    const first = await queue({ customerId, caseId, purpose: 'survey', body: 'How did we do? https://x.test/s/1', dedupeKey: 'survey-1' });
    expect(first.status).toBe('queued');
    const second = await queue({ customerId, caseId, purpose: 'survey', channel: 'in_app', body: 'How did we do? https://x.test/s/2', dedupeKey: 'survey-2' });
    expect(second).toMatchObject({ status: 'suppressed', reason: 'Contact limit: The customer already received 1 survey in the last 30 days (the limit is 1)' });
    expect(await outboxRows(second.id)).toBe(0);
    const reply = await queue({ customerId, caseId, purpose: 'reply', body: 'Thanks for answering.' });
    expect(reply).toMatchObject({ status: 'queued', reason: null });
  });

  it('texts a customer who prefers SMS (into the mailbox while no provider is configured) and takes the provider’s delivery report', async () => {
    const { customerId, caseId } = await customerWithCase();
    await e2e.db.query(`INSERT INTO customer_identity (customer_id, kind, value) VALUES ($1, 'phone', $2)`, [customerId, `+4477009${String(Date.now()).slice(-5)}`]);
    await e2e.db.query(`UPDATE customer SET preferred_channel = 'sms' WHERE id = $1`, [customerId]);
    const queued = await queue({ customerId, caseId, purpose: 'reply', body: 'We found your bag.' });
    expect(queued).toMatchObject({ channel: 'sms', status: 'queued' });
    expect(await dispatcher.dispatch(queued.id)).toBe('sent');
    const [texted] = await e2e.db.query('SELECT channel, to_address, text FROM mailbox_message WHERE outbound_message_id = $1', [queued.id]);
    expect(texted).toEqual({ channel: 'sms', to_address: queued.to, text: 'We found your bag.' });

    // as if a real provider had taken it: its SID is what the callback names
    const sid = `SM${queued.id.replaceAll('-', '')}`;
    await e2e.db.query('UPDATE outbound_message SET provider_message_id = $2 WHERE id = $1', [queued.id, sid]);
    const report = { MessageSid: sid, MessageStatus: 'delivered', AccountSid: 'AC123' };
    const post = (params: Record<string, string>, signature: string) =>
      e2e.request({
        method: 'POST',
        url: SMS_STATUS_URL,
        payload: new URLSearchParams(params).toString(),
        headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature },
      });
    expect((await post(report, twilioSignature('another-token-0123456789', PUBLIC_URL + SMS_STATUS_URL, report))).statusCode).toBe(403);
    expect((await row(queued.id)).status).toBe('sent');
    expect((await post(report, twilioSignature(TWILIO_TOKEN, PUBLIC_URL + SMS_STATUS_URL, report))).statusCode).toBe(204);
    expect((await row(queued.id)).status).toBe('delivered');
    const events = await e2e.db.query(`SELECT data->>'status' AS status FROM case_event WHERE case_id = $1 AND type = 'message_status' ORDER BY seq`, [caseId]);
    expect(events.map((e: { status: string }) => e.status)).toEqual(['sent', 'delivered']);
  });

  it('keeps templates free of unknown variables and previews them only for cases the reader can see', async () => {
    const bad = await e2e.request({
      method: 'POST',
      url: '/api/communications/templates',
      cookie: admin,
      payload: { name: 'Typo', purpose: 'reply', versions: [{ language: 'en', subject: null, body: 'Hi {{customer.nmae}}' }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([{ field: 'versions.0.body', message: 'unknown variable {{customer.nmae}}' }]);
    const denied = await e2e.request({ method: 'POST', url: '/api/communications/templates', cookie: member, payload: { name: 'Mine', purpose: 'reply', versions: [{ language: 'en', body: 'Hi' }] } });
    expect(denied.statusCode).toBe(403);

    const templates = (await e2e.request({ method: 'GET', url: '/api/communications/templates', cookie: member })).json() as { id: string; name: string }[];
    expect(templates.map((t) => t.name)).toEqual(['Apology and fix', 'Follow-up CSAT', 'We need more details']);
    const apology = templates.find((t) => t.name === 'Apology and fix')!;
    const { caseId, reference } = await customerWithCase();
    const preview = await e2e.request({ method: 'POST', url: `/api/communications/templates/${apology.id}/preview`, cookie: admin, payload: { caseId, language: 'es' } });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ language: 'es', subject: `Sobre sus comentarios ${reference}`, missing: ['action.summary'] });
    expect(preview.json().body).toContain('Estimado/a Ana:');
    // another department's case: as if it did not exist
    for (const cookie of [owner, member]) {
      const hidden = await e2e.request({ method: 'POST', url: `/api/communications/templates/${apology.id}/preview`, cookie, payload: { caseId } });
      expect(hidden.statusCode).toBe(404);
    }
  });

  it('lets admins change the contact budget and refuses everyone else', async () => {
    const current = await e2e.request({ method: 'GET', url: '/api/communications/settings', cookie: owner });
    expect(current.statusCode).toBe(200);
    const settings = current.json() as CommunicationSettings;
    expect((await e2e.request({ method: 'GET', url: '/api/communications/settings', cookie: member })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'PUT', url: '/api/communications/settings', cookie: owner, payload: current.json() })).statusCode).toBe(403);
    const bad = await e2e.request({ method: 'PUT', url: '/api/communications/settings', cookie: admin, payload: { ...settings, surveyCap: -1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues.map((i: { field: string }) => i.field)).toEqual(['surveyCap']);
    const saved = await e2e.request({ method: 'PUT', url: '/api/communications/settings', cookie: admin, payload: { ...settings, surveyCap: 2 } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ ...settings, surveyCap: 2 });
    await e2e.request({ method: 'PUT', url: '/api/communications/settings', cookie: admin, payload: current.json() });
  });

  it('does not offer the mailbox reply while a real relay is configured', async () => {
    const res = await e2e.request({ method: 'POST', url: '/api/communications/mailbox/00000000-0000-4000-8000-000000000000/reply', cookie: admin, payload: { text: 'hi' } });
    expect(res.statusCode).toBe(404);
  });

  describe('without OUTBOUND_SMTP_URL: the development mailbox', () => {
    let dev: E2eApp;
    let devAdmin: string;
    let devMember: string;

    beforeAll(async () => {
      delete process.env.OUTBOUND_SMTP_URL;
      // The receiver plays the app's own inbound SMTP server, where the mailbox's replies go.
      dev = await startE2eApp('communications-mailbox', { DATABASE_URL: e2e.env.DATABASE_URL, INBOUND_EMAIL_ADDRESSES: FEEDBACK, SMTP_HOST: '127.0.0.1', SMTP_PORT: String(receiver.port) });
      [devAdmin, devMember] = await Promise.all([dev.signIn('admin'), dev.signIn('member')]);
    }, 120_000);

    afterAll(() => dev?.close());

    it('stores outbound email in the mailbox for staff to read, and an admin can answer it as the customer', async () => {
      const { email, customerId, caseId, reference } = await customerWithCase();
      const queued = await dev.db.transaction((manager) =>
        dev.app.get(CommunicationsService).queueMessage(manager, { customerId, caseId, purpose: 'reply', subject: 'About your bag', body: 'We found your bag.' }),
      );
      const before = receiver.messages.length;
      expect(await dev.app.get(DispatchService).dispatch(queued.id)).toBe('sent');
      expect(await dev.app.get(DispatchService).dispatch(queued.id)).toBe('sent');
      expect(receiver.messages.length).toBe(before);

      expect((await dev.request({ method: 'GET', url: '/api/communications/mailbox' })).statusCode).toBe(401);
      const page = await dev.request({ method: 'GET', url: `/api/communications/mailbox?to=${encodeURIComponent(email)}`, cookie: devMember });
      expect(page.statusCode).toBe(200);
      const messages = (page.json() as MailboxPage).messages;
      expect(messages).toHaveLength(1);
      const stored: MailboxMessageDto = messages[0];
      expect(stored).toMatchObject({ channel: 'email', to: email, subject: `About your bag [${reference}]`, text: 'We found your bag.', outboundMessageId: queued.id });
      expect(stored.headers).toMatchObject({ 'message-id': `<${queued.id}@fc-delivery.test>`, 'reply-to': `feedback+${reference}@fc-delivery.test` });
      expect((await dev.request({ method: 'GET', url: `/api/communications/mailbox/${stored.id}`, cookie: devMember })).json()).toEqual(stored);

      expect((await dev.request({ method: 'POST', url: `/api/communications/mailbox/${stored.id}/reply`, cookie: devMember, payload: { text: 'Thanks!' } })).statusCode).toBe(403);
      const empty = await dev.request({ method: 'POST', url: `/api/communications/mailbox/${stored.id}/reply`, cookie: devAdmin, payload: { text: '  ' } });
      expect(empty.statusCode).toBe(400);
      expect(empty.json().issues.map((i: { field: string }) => i.field)).toEqual(['text']);
      const answered = await dev.request({ method: 'POST', url: `/api/communications/mailbox/${stored.id}/reply`, cookie: devAdmin, payload: { text: 'Thanks, it arrived!' } });
      expect(answered.statusCode).toBe(202);
      const [answer] = receiver.to(`feedback+${reference}@fc-delivery.test`.toLowerCase());
      expect(answer.parsed.from?.value[0].address).toBe(email);
      expect(answer.parsed.inReplyTo).toBe(`<${queued.id}@fc-delivery.test>`);
      expect(answer.parsed.subject).toBe(`Re: About your bag [${reference}]`);
      expect(answer.parsed.text?.trim()).toBe('Thanks, it arrived!');
    });
  });
});
