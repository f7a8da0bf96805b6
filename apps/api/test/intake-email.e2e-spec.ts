import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { ModulesContainer } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { promisify } from 'node:util';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ChannelActivityService } from '../src/modules/intake/activity/channel-activity.service';
import { EmailDemoSeedService } from '../src/modules/intake/email/email-demo-seed.service';
import { InboundEmailService } from '../src/modules/intake/email/inbound-email.service';
import { SmtpListenerService } from '../src/modules/intake/email/smtp-listener.service';
import { SmtpModule } from '../src/modules/intake/email/smtp.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';

const FEEDBACK = 'feedback@fc-mail.test';
const SUPPORT = 'support@fc-mail.test';
const LIMIT_BYTES = 64 * 1024;

interface SmtpProcess {
  context: INestApplicationContext;
  port: number;
  db: DataSource;
  env: Record<string, string>;
}

/** The SMTP process's module, in-process, listening on a free port, as dist/smtp.js runs it. */
async function startSmtp(env: Record<string, string> & { DATABASE_URL: string }): Promise<SmtpProcess> {
  const values = useTestEnv({
    SMTP_PORT: '0',
    SMTP_HOST: '127.0.0.1',
    INBOUND_EMAIL_ADDRESSES: `${FEEDBACK}, ${SUPPORT}`,
    SMTP_MAX_MESSAGE_BYTES: String(LIMIT_BYTES),
    ...env,
  });
  const context = await (await Test.createTestingModule({ imports: [SmtpModule] }).compile()).init();
  return { context, port: context.get(SmtpListenerService).address().port, db: context.get(DataSource), env: values };
}

const unique = () => randomBytes(4).toString('hex');

describe('email intake over SMTP', () => {
  let smtp: SmtpProcess;
  let transport: Transporter;

  beforeAll(async () => {
    smtp = await startSmtp({ DATABASE_URL: await createTestDatabase('intake_email') });
    transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
  });

  afterAll(async () => {
    transport?.close();
    await smtp?.context.close();
  });

  const send = (mail: Mail.Options) => transport.sendMail({ from: 'Dana Whitfield <dana@example.test>', to: FEEDBACK, ...mail });

  const stored = async (messageId: string) =>
    (
      await smtp.db.query(
        `SELECT f.id, f.channel, f.source, f.subject, f.text, f.language, f.language_source, f.metadata, f.attachments,
                f.conversation_id, f.received_at, c.name, i.value AS email
           FROM feedback f JOIN customer c ON c.id = f.customer_id
           JOIN customer_identity i ON i.customer_id = f.customer_id AND i.kind = 'email'
          WHERE f.external_message_id = $1`,
        [messageId],
      )
    )[0];

  const countOf = async (messageId: string) =>
    (await smtp.db.query(`SELECT count(*)::int AS n FROM feedback WHERE external_message_id = $1`, [messageId]))[0].n;

  describe('accepting mail', () => {
    it('stores a plain-text message as email feedback from its sender, answering 250 once committed', async () => {
      const info = await send({ subject: 'Lost bag on FC 214', text: 'My bag never arrived in Lisbon.\nPlease help.', date: new Date(Date.now() - 3600_000) });
      expect(info.response).toMatch(/^250 /);
      expect(info.rejected).toEqual([]);
      const row = await stored(info.messageId);
      expect(row).toMatchObject({
        channel: 'email',
        source: 'smtp',
        subject: 'Lost bag on FC 214',
        text: 'My bag never arrived in Lisbon.\nPlease help.',
        name: 'Dana Whitfield',
        email: 'dana@example.test',
        attachments: [],
      });
      expect(info.response).toContain(row.id);
      expect(row.metadata).toMatchObject({ messageId: info.messageId, from: 'dana@example.test', to: FEEDBACK, htmlOnly: false, quotedTextStripped: false });
      // the Date header, not the time of arrival
      expect(Math.abs(new Date(row.received_at).getTime() - (Date.now() - 3600_000))).toBeLessThan(60_000);
    });

    it('reads an HTML-only message as text', async () => {
      const info = await send({ subject: 'Seat', html: '<p>Seat <b>12C</b> was broken.</p><p>Nobody fixed it.</p>' });
      const row = await stored(info.messageId);
      expect(row.text).toMatch(/^Seat 12C was broken\.\s+Nobody fixed it\.$/);
      expect(row.text).not.toContain('<');
      expect(row.metadata.htmlOnly).toBe(true);
    });

    it('keeps attachments as metadata only: name, type and size', async () => {
      const photo = Buffer.alloc(3000, 7);
      const info = await send({
        subject: 'Damaged suitcase',
        text: 'See the photo.',
        attachments: [{ filename: 'suitcase.jpg', contentType: 'image/jpeg', content: photo }, { filename: 'receipt.pdf', content: Buffer.from('%PDF-1.4') }],
      });
      const row = await stored(info.messageId);
      expect(row.attachments).toEqual([
        { filename: 'suitcase.jpg', contentType: 'image/jpeg', sizeBytes: 3000 },
        { filename: 'receipt.pdf', contentType: 'application/pdf', sizeBytes: 8 },
      ]);
      expect(row.metadata.attachmentCount).toBe(2);
    });

    it('keeps a unicode subject and body, and the declared Content-Language', async () => {
      const info = await send({
        from: 'Zoë Ångström <ZOE@Example.Test>',
        subject: 'Überbuchung ✈ 予約 — wieder!',
        text: 'Der Flug war überbucht. 😡',
        headers: { 'Content-Language': 'de-DE' },
      });
      const row = await stored(info.messageId);
      expect(row).toMatchObject({ subject: 'Überbuchung ✈ 予約 — wieder!', text: 'Der Flug war überbucht. 😡', name: 'Zoë Ångström', email: 'zoe@example.test' });
      expect(row).toMatchObject({ language: 'de', language_source: 'declared' });
    });

    it('accepts the other configured address and plus-addressed variants', async () => {
      const info = await send({ to: `SUPPORT+website@fc-mail.test`, subject: 'Hi', text: 'From the contact page.' });
      expect(info.accepted).toEqual(['SUPPORT+website@fc-mail.test']);
      expect((await stored(info.messageId)).metadata.to).toBe('SUPPORT+website@fc-mail.test');
    });

    it('is stored when delivered by swaks, a different SMTP client', async () => {
      const subject = `Swaks check ${unique()}`;
      const { stdout } = await promisify(execFile)('swaks', [
        '--server', '127.0.0.1', '--port', String(smtp.port),
        '--from', 'rob.swaks@example.test', '--to', FEEDBACK,
        '--header', `Subject: ${subject}`, '--header', 'From: Rob Swaks <rob.swaks@example.test>',
        '--body', 'Check-in desk closed early, we nearly missed the flight.',
      ]);
      expect(stdout).toMatch(/<- {1,2}250 2\.0\.0 Stored as/);
      const [row] = await smtp.db.query(
        `SELECT f.text, f.channel, i.value AS email FROM feedback f JOIN customer_identity i ON i.customer_id = f.customer_id AND i.kind = 'email' WHERE f.subject = $1`,
        [subject],
      );
      expect(row).toEqual({ text: 'Check-in desk closed early, we nearly missed the flight.', channel: 'email', email: 'rob.swaks@example.test' });
    });
  });

  describe('threading replies onto the conversation', () => {
    const from = () => `Kim Reply <kim.${unique()}@example.test>`;

    it('joins the conversation of the message it answers (In-Reply-To), keeping only the new text', async () => {
      const sender = from();
      const first = await send({ from: sender, subject: 'Refund', text: 'Where is my refund?' });
      const reply = await send({
        from: sender,
        subject: 'Re: Refund',
        inReplyTo: first.messageId,
        text: `Still nothing.\n\nOn Mon, 2 Mar 2026 at 10:00, Kim Reply wrote:\n> Where is my refund?\n`,
      });
      const [a, b] = [await stored(first.messageId), await stored(reply.messageId)];
      expect(b.conversation_id).toBe(a.conversation_id);
      expect(b.text).toBe('Still nothing.');
      expect(b.metadata).toMatchObject({ quotedTextStripped: true, inReplyTo: first.messageId });
      expect(b.metadata.fullTextChars).toBeGreaterThan('Still nothing.'.length);
    });

    it('joins through References when In-Reply-To is missing', async () => {
      const sender = from();
      const first = await send({ from: sender, subject: 'Meal', text: 'The meal was cold.' });
      const reply = await send({ from: sender, subject: 'Re: Meal', references: [`<unrelated-${unique()}@x.test>`, first.messageId], text: 'And the drink too.' });
      expect((await stored(reply.messageId)).conversation_id).toBe((await stored(first.messageId)).conversation_id);
    });

    it('joins through a +reference address and through a [reference] in the subject', async () => {
      const sender = from();
      const first = await send({ from: sender, subject: 'Wifi', text: 'Wifi did not work.' });
      const { conversation_id: conversationId } = await stored(first.messageId);
      const [{ reference }] = await smtp.db.query(`SELECT reference FROM conversation WHERE id = $1`, [conversationId]);
      const byAddress = await send({ from: sender, to: `feedback+${reference.toLowerCase()}@fc-mail.test`, subject: 'More', text: 'Also no power sockets.' });
      const bySubject = await send({ from: sender, subject: `Your feedback [${reference}]`, text: 'Any update?' });
      expect((await stored(byAddress.messageId)).conversation_id).toBe(conversationId);
      expect((await stored(bySubject.messageId)).conversation_id).toBe(conversationId);
      const [conversation] = await smtp.db.query(`SELECT channel, message_count FROM conversation WHERE id = $1`, [conversationId]);
      expect(conversation).toEqual({ channel: 'email', message_count: 3 });
    });

    it("never joins another customer's conversation, even when quoting its reference", async () => {
      const first = await send({ from: from(), subject: 'Delay', text: 'Three hours late.' });
      const { conversation_id: conversationId } = await stored(first.messageId);
      const [{ reference }] = await smtp.db.query(`SELECT reference FROM conversation WHERE id = $1`, [conversationId]);
      const stranger = await send({ from: from(), subject: `[${reference}]`, inReplyTo: first.messageId, text: 'Me too.' });
      expect((await stored(stranger.messageId)).conversation_id).not.toBe(conversationId);
    });
  });

  describe('refusing and dropping', () => {
    it('refuses an unknown recipient with 550 at RCPT TO, and stores nothing', async () => {
      const messageId = `<unknown-${unique()}@example.test>`;
      const error = await send({ to: 'sales@fc-mail.test', messageId, subject: 'Hi', text: 'Hello' }).then(
        () => null,
        (e: Error & { responseCode?: number; rejected?: string[] }) => e,
      );
      expect(error).toMatchObject({ responseCode: 550, rejected: ['sales@fc-mail.test'] });
      expect(await countOf(messageId)).toBe(0);
    });

    it('delivers only to the known recipient when another one is unknown', async () => {
      const info = await send({ to: [FEEDBACK, 'nobody@elsewhere.test'], subject: 'Two', text: 'Mixed recipients.' });
      expect(info.accepted).toEqual([FEEDBACK]);
      expect(info.rejected).toEqual(['nobody@elsewhere.test']);
      expect(await countOf(info.messageId)).toBe(1);
    });

    it('answers 250 to the same Message-ID again (a retry) but stores one item', async () => {
      const messageId = `<dup-${unique()}@example.test>`;
      const first = await send({ messageId, subject: 'Once', text: 'Only once please.' });
      const again = await send({ messageId, subject: 'Once', text: 'Only once please.' });
      expect(first.response).toMatch(/^250 /);
      expect(again.response).toMatch(/^250 /);
      expect(await countOf(messageId)).toBe(1);
    });

    it('dedupes a message without Message-ID by a hash of its bytes', async () => {
      const text = `No id here ${unique()}`;
      const raw = `From: Nia <nia@example.test>\r\nTo: ${FEEDBACK}\r\nSubject: No id\r\nDate: ${new Date().toUTCString()}\r\n\r\n${text}\r\n`;
      const envelope = { from: 'nia@example.test', to: [FEEDBACK] };
      await transport.sendMail({ envelope, raw });
      await transport.sendMail({ envelope, raw });
      const rows = await smtp.db.query(`SELECT external_message_id FROM feedback WHERE text = $1`, [text]);
      expect(rows).toHaveLength(1);
      expect(rows[0].external_message_id).toMatch(/^<[0-9a-f]{40}@no-id\.fullcircle>$/);
    });

    it.each([
      ['Auto-Submitted: auto-replied', { 'Auto-Submitted': 'auto-replied' }, {}],
      ['Precedence: bulk', { Precedence: 'bulk' }, {}],
      ['a MAILER-DAEMON bounce', {}, { from: 'MAILER-DAEMON@mx.example.test' }],
    ])('accepts %s with 250 but creates no feedback (no mail loops)', async (_, headers, extra) => {
      const messageId = `<auto-${unique()}@example.test>`;
      const info = await send({ messageId, subject: 'Out of office', text: 'I am away until Monday.', headers, ...extra });
      expect(info.response).toMatch(/^250 .*not stored/);
      expect(await countOf(messageId)).toBe(0);
    });

    it('refuses a message over SMTP_MAX_MESSAGE_BYTES with 552', async () => {
      const messageId = `<big-${unique()}@example.test>`;
      const error = await send({ messageId, subject: 'Big', text: 'x', attachments: [{ filename: 'big.bin', content: randomBytes(LIMIT_BYTES) }] }).then(
        () => null,
        (e: Error & { responseCode?: number }) => e,
      );
      expect(error?.responseCode).toBe(552);
      expect(await countOf(messageId)).toBe(0);
    });

    it('records deliveries and refusals for Settings → Channels', async () => {
      const { recent, accepted24h, rejected24h } = await smtp.context.get(ChannelActivityService).read('email', 50);
      expect(accepted24h).toBeGreaterThan(5);
      expect(rejected24h).toBeGreaterThan(3);
      expect(recent).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ outcome: 'rejected', status: 550, detail: 'unknown recipient sales@fc-mail.test', source: 'smtp' }),
          expect.objectContaining({ outcome: 'rejected', status: 552 }),
          expect.objectContaining({ outcome: 'rejected', status: 250, detail: expect.stringContaining('auto-reply dropped (Auto-Submitted: auto-replied)') }),
          expect.objectContaining({ outcome: 'accepted', status: 250, detail: expect.stringContaining('dana@example.test: Lost bag on FC 214 → FC-'), feedbackId: expect.any(String) }),
        ]),
      );
    });
  });
});

describe('email intake with PostgreSQL unreachable', () => {
  let smtp: SmtpProcess;
  let transport: Transporter;

  beforeAll(async () => {
    smtp = await startSmtp({ DATABASE_URL: await createTestDatabase('intake_email_down') });
    transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
  });

  afterAll(async () => {
    transport?.close();
    await smtp?.context.close().catch(() => undefined);
  });

  it('answers 451 (try again later), never 250, when the message cannot be committed', async () => {
    const ok = await transport.sendMail({ from: 'a@example.test', to: FEEDBACK, subject: 'Before', text: 'Database is up.' });
    expect(ok.response).toMatch(/^250 /);
    // Take the database away under the running process: its connections are cut and new ones fail.
    const admin = new Client({ connectionString: process.env.TEST_DATABASE_ADMIN_URL });
    await admin.connect();
    try {
      await admin.query(`DROP DATABASE "${new URL(smtp.env.DATABASE_URL).pathname.slice(1)}" WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    const error = await transport.sendMail({ from: 'a@example.test', to: FEEDBACK, subject: 'During', text: 'Database is gone.' }).then(
      () => null,
      (e: Error & { responseCode?: number }) => e,
    );
    expect(error?.responseCode).toBe(451);
    expect(error?.message).toContain('4.3.0');
  });
});

describe('email channel in Settings → Channels (API process)', () => {
  let e2e: E2eApp;
  let smtp: SmtpProcess;

  beforeAll(async () => {
    smtp = await startSmtp({ DATABASE_URL: await createTestDatabase('intake_email_api') });
    // the API process with the same database, Redis prefix and email settings, but no SMTP listener;
    // with the demo seed, which sends a few emails through the same parser and intake
    e2e = await startE2eApp('intake_email_api', { ...smtp.env, SEED_DEMO: 'true' });
  });

  afterAll(async () => {
    await e2e?.close();
    await smtp?.context.close();
  });

  it('lists the email channel live with its addresses, and the deliveries the SMTP process recorded', async () => {
    const transport = nodemailer.createTransport({ host: '127.0.0.1', port: smtp.port, secure: false, ignoreTLS: true });
    await transport.sendMail({ from: 'lee@example.test', to: FEEDBACK, subject: 'Seen in settings', text: 'Hello' });
    await transport.sendMail({ from: 'lee@example.test', to: 'nobody@fc-mail.test', subject: 'x', text: 'x' }).catch(() => undefined);
    transport.close();

    const res = await e2e.request({ method: 'GET', url: '/api/intake/channels', cookie: await e2e.signIn('admin') });
    expect(res.statusCode).toBe(200);
    const email = res.json().channels.find((c: { channel: string }) => c.channel === 'email');
    expect(email).toMatchObject({
      state: 'live',
      endpoints: [
        { label: 'Feedback address', value: FEEDBACK },
        { label: 'Feedback address', value: SUPPORT },
        { label: 'SMTP server', value: '127.0.0.1:0' },
      ],
      accepted24h: 5,
      rejected24h: 1,
    });
    expect(email.recent.map((d: { status: number; outcome: string }) => `${d.status} ${d.outcome}`)).toEqual([
      '550 rejected',
      '250 accepted',
      ...Array(4).fill('250 accepted'),
    ]);
    expect(email.recent[1].detail).toMatch(/^lee@example\.test: Seen in settings → FC-[0-9A-Z]{8}$/);
    // the API process reports the setup but never listens for mail itself
    const modules = [...e2e.app.get(ModulesContainer).values()];
    expect(modules.some((m) => m.providers.has(SmtpListenerService))).toBe(false);
    expect(modules.some((m) => m.providers.has(InboundEmailService))).toBe(true);
  });
});

describe('email demo seed', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_email_seed', { SEED_DEMO: 'true', INBOUND_EMAIL_ADDRESSES: FEEDBACK });
  });

  afterAll(() => e2e?.close());

  const seeded = () =>
    e2e.db.query(
      `SELECT external_message_id AS id, conversation_id, text, language, attachments FROM feedback WHERE channel = 'email' ORDER BY external_message_id`,
    );

  it('sends a few emails, one a reply, through email intake after the general demo seed', async () => {
    const rows = await seeded();
    expect(rows.map((r: { id: string }) => r.id)).toEqual([1, 2, 3, 4].map((n) => `<demo-email-${n}@mail.example.com>`));
    // the reply joined the first message's conversation, without its quoted history
    expect(rows[1].conversation_id).toBe(rows[0].conversation_id);
    expect(rows[1].text).toBe('Any news? My mother flies back next week and I need to know it will work this time.');
    expect(rows[2]).toMatchObject({ language: 'es', attachments: [{ filename: 'maleta.jpg', contentType: 'image/jpeg', sizeBytes: 2048 }] });
    const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE source = 'demo-seed'`);
    expect(n).toBe(120);
  });

  it('creates nothing on a second run', async () => {
    const before = await seeded();
    await expect(e2e.app.get(EmailDemoSeedService, { strict: false }).seed()).resolves.toBe(0);
    expect(await seeded()).toEqual(before);
  });
});
