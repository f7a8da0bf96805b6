import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { CaseDetailDto } from '@fullcircle/shared';
import nodemailer, { type Transporter } from 'nodemailer';
import { SmtpListenerService } from '../src/modules/intake/email/smtp-listener.service';
import { SmtpModule } from '../src/modules/intake/email/smtp.module';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const FEEDBACK = 'feedback@fc-loop.test';
const CUSTOMER = 'ana.loop@customer.test';

/**
 * The inner loop with every part real: a customer's email reaches the product's SMTP server, is
 * routed to Baggage, the owner replies from the inbox, the reply reaches the customer's mail
 * server, the customer answers by email onto the same case, the owner resolves it, the follow-up
 * CSAT link arrives by email and a low answer reopens the case.
 */
describe('closing the loop by email (API, worker, inbound SMTP, a real receiving SMTP server)', () => {
  let receiver: SmtpReceiver;
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let smtp: INestApplicationContext;
  let customerMail: Transporter;
  let admin: string;
  let owner: string;

  beforeAll(async () => {
    receiver = await SmtpReceiver.start();
    const env = {
      DATABASE_URL: await createTestDatabase('close_the_loop'),
      OUTBOUND_SMTP_URL: receiver.url,
      INBOUND_EMAIL_ADDRESSES: FEEDBACK,
      PUBLIC_URL: 'http://fullcircle.loop.test',
      OUTBOX_POLL_MS: '100',
    };
    e2e = await startE2eApp('close-the-loop', env);
    const shared = { ...env, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX };
    useTestEnv(shared);
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
    useTestEnv({ ...shared, SMTP_PORT: '0', SMTP_HOST: '127.0.0.1' });
    smtp = await (await Test.createTestingModule({ imports: [SmtpModule] }).compile()).init();
    customerMail = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.get(SmtpListenerService).address().port, secure: false, ignoreTLS: true });
    [admin, owner] = await Promise.all([e2e.signIn('admin'), e2e.signIn('owner')]);
    const settings = await e2e.request({ method: 'GET', url: '/api/communications/settings', cookie: admin });
    expect(settings.statusCode).toBe(200);
    // No 24-hour wait in a test: the follow-up goes out as soon as the case is resolved.
    const saved = await e2e.request({ method: 'PUT', url: '/api/communications/settings', cookie: admin, payload: { ...(settings.json() as object), followUpDelayHours: 0 } });
    expect(saved.statusCode).toBe(200);
  }, 120_000);

  afterAll(async () => {
    customerMail?.close();
    await smtp?.close();
    await worker?.close();
    await e2e?.close();
    await receiver?.stop();
  });

  const caseOfMessage = (messageId: string) =>
    waitFor(
      `a case for email ${messageId}`,
      async () => {
        const [row] = await e2e.db.query(
          `SELECT ci.case_id FROM feedback f JOIN case_item ci ON ci.feedback_id = f.id WHERE f.channel = 'email' AND f.external_message_id = $1`,
          [messageId],
        );
        return row?.case_id as string | undefined;
      },
      200_000,
    );
  const detail = async (id: string): Promise<CaseDetailDto> => {
    const res = await e2e.request({ method: 'GET', url: `/api/cases/${id}`, cookie: owner });
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  const mailsTo = (address: string, count: number) =>
    waitFor(`${count} email(s) at ${address}`, async () => (receiver.to(address).length >= count ? receiver.to(address) : undefined), 60_000);

  it('runs feedback → reply → customer answer on the same case → resolve → CSAT link → low score reopens', async () => {
    const first = await customerMail.sendMail({
      from: `Ana Loop <${CUSTOMER}>`,
      to: FEEDBACK,
      subject: 'My bag never arrived at JFK',
      text: 'I flew in from Madrid yesterday and my suitcase was lost. The baggage desk gave me no reference. Where is my bag?',
    });
    const caseId = await caseOfMessage(first.messageId);
    const opened = await detail(caseId);
    expect(opened.department?.name).toBe('Baggage');

    // The owner replies from the inbox.
    const reply = await e2e.request({
      method: 'POST',
      url: `/api/cases/${caseId}/replies`,
      cookie: owner,
      payload: { body: 'Dear Ana, we found your suitcase in Madrid; it will be delivered to your hotel tonight.' },
    });
    expect(reply.statusCode).toBe(200);
    const [delivered] = await mailsTo(CUSTOMER, 1);
    expect(delivered.parsed.text).toContain('we found your suitcase in Madrid');
    expect(delivered.parsed.subject).toContain(opened.reference);
    expect(delivered.parsed.inReplyTo).toBe(first.messageId);
    const replyTo = delivered.parsed.replyTo?.value[0]?.address ?? '';
    expect(replyTo.toLowerCase()).toBe(`feedback+${opened.reference.toLowerCase()}@fc-loop.test`);
    await waitFor('the reply to be marked sent', async () => ((await detail(caseId)).messages.some((m) => m.status === 'sent') ? true : undefined));
    const afterReply = await detail(caseId);
    expect(afterReply.sla.firstRespondedAt).not.toBeNull();

    // The customer answers from their mail client: it threads onto the same case.
    const answer = await customerMail.sendMail({
      from: `Ana Loop <${CUSTOMER}>`,
      to: replyTo,
      subject: `Re: ${delivered.parsed.subject}`,
      inReplyTo: delivered.parsed.messageId,
      references: [first.messageId, delivered.parsed.messageId!],
      text: 'Thank you, the hotel is the Hilton at Times Square, room 1204.',
    });
    expect(await caseOfMessage(answer.messageId)).toBe(caseId);
    expect((await detail(caseId)).itemCount).toBe(2);

    // The owner resolves; the follow-up CSAT arrives by email with a signed one-click link.
    const resolved = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/resolve`, cookie: owner, payload: { summary: 'Bag delivered to the hotel' } });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().status).toBe('resolved');
    const mails = await mailsTo(CUSTOMER, 2);
    const survey = mails[1].parsed.text ?? '';
    const token = /\/s\/([A-Za-z0-9._~-]+)/.exec(survey)?.[1];
    expect(token).toBeDefined();

    // A low answer reopens the case and tells the owner's side.
    const low = await e2e.request({ method: 'PUT', url: `/api/surveys/responses/${token}`, headers: { 'content-type': 'application/json' }, payload: { score: 1, comment: 'It never came.' } });
    expect(low.statusCode).toBe(200);
    const reopened = await waitFor(
      'the low answer to reopen the case',
      async () => {
        const c = await detail(caseId);
        return c.status !== 'resolved' ? c : undefined;
      },
      60_000,
    );
    expect(['new', 'assigned', 'in_progress']).toContain(reopened.status);
    expect(reopened.events.map((e) => e.type)).toEqual(expect.arrayContaining(['reply_queued', 'resolved', 'survey_sent', 'survey_answered', 'reopened']));
    const notified = await e2e.db.query(`SELECT kind FROM staff_notification WHERE case_id = $1 AND kind = 'low_score'`, [caseId]);
    expect(notified.length).toBeGreaterThan(0);
    // Each message was sent exactly once.
    expect(receiver.to(CUSTOMER)).toHaveLength(2);
    // The colleagues' email notices about the case are sent too, but the case's history tells
    // only what reached the customer.
    await waitFor('the staff notices to be sent', async () => {
      const [{ pending, sent }] = await e2e.db.query(
        `SELECT count(*) FILTER (WHERE status NOT IN ('sent', 'failed'))::int AS pending, count(*) FILTER (WHERE status = 'sent')::int AS sent
           FROM outbound_message WHERE case_id = $1 AND recipient_user_id IS NOT NULL`,
        [caseId],
      );
      return pending === 0 && sent > 0 ? true : undefined;
    });
    const statuses = await e2e.db.query(`SELECT data->>'purpose' AS purpose, data->>'status' AS status FROM case_event WHERE case_id = $1 AND type = 'message_status' ORDER BY seq`, [caseId]);
    expect(statuses).toEqual([
      { purpose: 'reply', status: 'sent' },
      { purpose: 'survey', status: 'sent' },
    ]);
  }, 300_000);

  it('marks a reply bounced when the customer’s mail server returns it later, and files nothing from the bounce', async () => {
    const customer = 'gone.loop@customer.test';
    const first = await customerMail.sendMail({ from: customer, to: FEEDBACK, subject: 'Lost bag again', text: 'My bag did not arrive in Boston, where is my luggage?' });
    const caseId = await caseOfMessage(first.messageId);
    const reply = await e2e.request({ method: 'POST', url: `/api/cases/${caseId}/replies`, cookie: owner, payload: { body: 'We are tracing your bag now.' } });
    expect(reply.statusCode).toBe(200);
    const [sent] = await mailsTo(customer, 1);
    const dsn = [
      'From: Mail Delivery System <MAILER-DAEMON@mx.customer.test>',
      `To: ${FEEDBACK}`,
      'Subject: Undelivered Mail Returned to Sender',
      'Message-ID: <dsn-1@mx.customer.test>',
      'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="dsn"',
      '',
      '--dsn',
      'Content-Type: text/plain',
      '',
      'The mailbox no longer exists.',
      '--dsn',
      'Content-Type: message/delivery-status',
      '',
      'Final-Recipient: rfc822; gone.loop@customer.test',
      'Action: failed',
      'Status: 5.1.1',
      'Diagnostic-Code: smtp; 550 5.1.1 mailbox gone',
      '--dsn',
      'Content-Type: text/rfc822-headers',
      '',
      `Message-ID: ${sent.parsed.messageId}`,
      `Subject: ${sent.parsed.subject}`,
      '--dsn--',
      '',
    ].join('\r\n');
    await customerMail.sendMail({ envelope: { from: 'mailer-daemon@mx.customer.test', to: [FEEDBACK] }, raw: dsn });

    const bounced = await waitFor('the reply to be marked bounced', async () => {
      const m = (await detail(caseId)).messages.find((x) => x.purpose === 'reply');
      return m?.status === 'bounced' ? m : undefined;
    });
    expect(bounced.statusReason).toContain('550 5.1.1 mailbox gone');
    const events = (await detail(caseId)).events.filter((e) => e.type === 'message_status').map((e) => e.data.status);
    expect(events).toEqual(['sent', 'bounced']);
    const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE external_message_id = '<dsn-1@mx.customer.test>'`);
    expect(n).toBe(0);
  }, 120_000);
});
