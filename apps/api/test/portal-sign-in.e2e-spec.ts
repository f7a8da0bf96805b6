import 'reflect-metadata';
import { CUSTOMER_SESSION_COOKIE } from '@fullcircle/shared';
import type { Response } from 'light-my-request';
import { DispatchService } from '../src/modules/communications/dispatch/dispatch.service';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { customerSessionCookie, magicLinkToken } from './support/portal';
import { SmsReceiver } from './support/sms-receiver';
import { SmtpReceiver } from './support/smtp-receiver';
import { createTestDatabase } from './support/test-database';

const PUBLIC_URL = 'https://portal.fc-test.example';
const ADDRESS_LIMIT = 3;
const IP_LIMIT = 12;

/**
 * Passwordless sign-in with real parts: PostgreSQL, Redis (rate limits), a real SMTP server for
 * the magic link and a Twilio-compatible server for the SMS code. Dispatch is driven directly
 * (the job handler's one call), as the HTTP app runs no worker.
 */
describe('portal: sign-in by magic link and SMS code', () => {
  let smtp: SmtpReceiver;
  let sms: SmsReceiver;
  let e2e: E2eApp;
  let ipCounter = 0;
  let n = 0;

  beforeAll(async () => {
    smtp = await SmtpReceiver.start();
    sms = await SmsReceiver.start();
    e2e = await startE2eApp('portal_sign_in', {
      DATABASE_URL: await createTestDatabase('portal_sign_in'),
      SEED_DEMO: 'false',
      PUBLIC_URL,
      OUTBOUND_SMTP_URL: smtp.url,
      TWILIO_API_URL: sms.url,
      TWILIO_ACCOUNT_SID: 'ACportaltest',
      TWILIO_AUTH_TOKEN: 'twilio-token-0123456789abcdef',
      TWILIO_FROM_NUMBER: '+15005550006',
      PORTAL_SIGN_IN_RATE_LIMIT: String(ADDRESS_LIMIT),
      PORTAL_SIGN_IN_IP_RATE_LIMIT: String(IP_LIMIT),
    });
  }, 120_000);

  afterAll(async () => {
    await e2e?.close();
    await smtp?.stop();
    await sms?.stop();
  });

  /** Each call from its own address unless told otherwise, so only the IP test meets the IP limit. */
  const post = (url: string, payload: object, ip = `10.1.${Math.floor(++ipCounter / 250)}.${ipCounter % 250}`): Promise<Response> =>
    e2e.request({ method: 'POST', url, payload, remoteAddress: ip });

  const customer = async (): Promise<{ id: string; email: string; phone: string }> => {
    const i = ++n;
    const email = `pat.${i}.${Date.now()}@customer.test`;
    const phone = `+447700900${String(100 + i).padStart(3, '0')}`;
    const accepted = await e2e.app.get(IntakeService).accept(
      { text: 'Lost my bag', customer: { email, phone, name: `Pat ${i}` } },
      { channel: 'api', source: 'api-key:e2e' },
    );
    return { id: accepted.customerId, email, phone };
  };

  /** Sends every sign-in message queued for this address, as the worker would. */
  const dispatchTo = async (address: string): Promise<number> => {
    const rows: { id: string }[] = await e2e.db.query(`SELECT id FROM outbound_message WHERE to_address = $1 AND purpose = 'sign_in' AND status = 'queued'`, [address]);
    for (const row of rows) await e2e.app.get(DispatchService).dispatch(row.id);
    return rows.length;
  };

  const linkFor = async (email: string): Promise<string> => {
    await dispatchTo(email);
    const mails = smtp.to(email);
    expect(mails.length).toBeGreaterThan(0);
    return magicLinkToken(mails[mails.length - 1].parsed.text);
  };

  it('emails a magic link to a known address; the link signs the customer in with an httpOnly, SameSite=Lax, Secure cookie', async () => {
    const pat = await customer();
    const res = await post('/api/portal/sign-in', { channel: 'email', email: pat.email.toUpperCase() });
    expect(res.statusCode).toBe(202);

    await dispatchTo(pat.email);
    const [mail] = smtp.to(pat.email);
    expect(mail.parsed.subject).toBe('Your sign-in link');
    expect(mail.parsed.text).toContain(`${PUBLIC_URL}/portal/verify?token=`);
    const token = magicLinkToken(mail.parsed.text);

    // once sent, the stored copy of the email no longer holds the link
    const [afterSend] = await e2e.db.query(`SELECT body, status FROM outbound_message WHERE to_address = $1 AND purpose = 'sign_in'`, [pat.email]);
    expect(afterSend.status).toBe('sent');
    expect(afterSend.body).not.toContain(token);

    // only the hash is stored
    const stored = await e2e.db.query('SELECT token_hash FROM portal_token WHERE customer_id = $1', [pat.id]);
    expect(stored).toHaveLength(1);
    expect(stored[0].token_hash).not.toContain(token);

    const verified = await post('/api/portal/verify', { token });
    expect(verified.statusCode).toBe(204);
    const cookie = verified.cookies.find((c) => c.name === CUSTOMER_SESSION_COOKIE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', secure: true, path: '/' });

    const me = await e2e.request({ method: 'GET', url: '/api/portal/me', cookie: customerSessionCookie(verified)! });
    expect(me.statusCode).toBe(200);
    expect(me.json().profile.id).toBe(pat.id);

    // the used link no longer sits in the stored copy of the email
    const [sent] = await e2e.db.query(`SELECT body FROM outbound_message WHERE to_address = $1 AND purpose = 'sign_in'`, [pat.email]);
    expect(sent.body).not.toContain(token);
  });

  it('texts a 6-digit code to a known number; the code with the number signs the customer in', async () => {
    const pat = await customer();
    const res = await post('/api/portal/sign-in', { channel: 'sms', phone: pat.phone });
    expect(res.statusCode).toBe(202);
    await dispatchTo(pat.phone);
    const [text] = sms.to(pat.phone);
    const code = /\b(\d{6})\b/.exec(text.body)![1];

    const verified = await post('/api/portal/verify', { phone: pat.phone, code });
    expect(verified.statusCode).toBe(204);
    const me = await e2e.request({ method: 'GET', url: '/api/portal/me', cookie: customerSessionCookie(verified)! });
    expect(me.json().profile.id).toBe(pat.id);
  });

  it('answers an unknown address exactly like a known one, and sends nothing', async () => {
    const pat = await customer();
    const known = await post('/api/portal/sign-in', { channel: 'email', email: pat.email });
    const unknownEmail = `nobody.${Date.now()}@customer.test`;
    const unknown = await post('/api/portal/sign-in', { channel: 'email', email: unknownEmail });
    expect(unknown.statusCode).toBe(known.statusCode);
    expect(unknown.body).toBe(known.body);

    const unknownPhone = '+447700900999';
    const knownSms = await post('/api/portal/sign-in', { channel: 'sms', phone: pat.phone });
    const unknownSms = await post('/api/portal/sign-in', { channel: 'sms', phone: unknownPhone });
    expect(unknownSms.statusCode).toBe(knownSms.statusCode);
    expect(unknownSms.body).toBe(knownSms.body);

    expect(await dispatchTo(unknownEmail)).toBe(0);
    expect(await dispatchTo(unknownPhone)).toBe(0);
    expect(smtp.to(unknownEmail)).toHaveLength(0);
    expect(sms.to(unknownPhone)).toHaveLength(0);
    const [{ n: rows }] = await e2e.db.query(`SELECT count(*)::int AS n FROM outbound_message WHERE to_address = ANY($1)`, [[unknownEmail, unknownPhone]]);
    expect(rows).toBe(0);
  });

  it('brings the customer back to the board page they came from', async () => {
    const pat = await customer();
    await post('/api/portal/sign-in', { channel: 'email', email: pat.email, redirect: '/board/some-initiative' });
    await dispatchTo(pat.email);
    const mails = smtp.to(pat.email);
    expect(mails[mails.length - 1].parsed.text).toContain(`&redirect=${encodeURIComponent('/board/some-initiative')}`);
  });

  it('accepts a link once only', async () => {
    const pat = await customer();
    await post('/api/portal/sign-in', { channel: 'email', email: pat.email });
    const token = await linkFor(pat.email);
    expect((await post('/api/portal/verify', { token })).statusCode).toBe(204);
    const again = await post('/api/portal/verify', { token });
    expect(again.statusCode).toBe(400);
    expect(again.json().issues[0].field).toBe('token');
    expect(customerSessionCookie(again)).toBeNull();
  });

  it('refuses an expired link', async () => {
    const pat = await customer();
    await post('/api/portal/sign-in', { channel: 'email', email: pat.email });
    const token = await linkFor(pat.email);
    await e2e.db.query(`UPDATE portal_token SET expires_at = now() - interval '1 second' WHERE customer_id = $1`, [pat.id]);
    const res = await post('/api/portal/verify', { token });
    expect(res.statusCode).toBe(400);
    expect(customerSessionCookie(res)).toBeNull();
  });

  it('kills a code after five wrong guesses, even when the right one comes next', async () => {
    const pat = await customer();
    await post('/api/portal/sign-in', { channel: 'sms', phone: pat.phone });
    await dispatchTo(pat.phone);
    const code = /\b(\d{6})\b/.exec(sms.to(pat.phone)[0].body)![1];
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) {
      const res = await post('/api/portal/verify', { phone: pat.phone, code: wrong });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues[0].field).toBe('code');
    }
    expect((await post('/api/portal/verify', { phone: pat.phone, code })).statusCode).toBe(400);
  });

  it('limits sign-in requests per address with 429 and Retry-After', async () => {
    const pat = await customer();
    for (let i = 0; i < ADDRESS_LIMIT; i++) expect((await post('/api/portal/sign-in', { channel: 'email', email: pat.email })).statusCode).toBe(202);
    const limited = await post('/api/portal/sign-in', { channel: 'email', email: pat.email });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(await dispatchTo(pat.email)).toBe(ADDRESS_LIMIT);
  });

  it('limits sign-in requests per IP address, whatever the addresses asked for', async () => {
    const ip = '192.0.2.77';
    for (let i = 0; i < IP_LIMIT; i++) {
      expect((await post('/api/portal/sign-in', { channel: 'email', email: `spray.${i}@customer.test` }, ip)).statusCode).toBe(202);
    }
    const limited = await post('/api/portal/sign-in', { channel: 'email', email: 'spray.last@customer.test' }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers['retry-after']).toBeDefined();
  });

  it('signs out: the session stops working', async () => {
    const pat = await customer();
    await post('/api/portal/sign-in', { channel: 'email', email: pat.email });
    const verified = await post('/api/portal/verify', { token: await linkFor(pat.email) });
    const cookie = customerSessionCookie(verified)!;
    expect((await e2e.request({ method: 'POST', url: '/api/portal/sign-out', cookie })).statusCode).toBe(204);
    expect((await e2e.request({ method: 'GET', url: '/api/portal/me', cookie })).statusCode).toBe(401);
  });

  it('answers 400 naming the field for bad input', async () => {
    const cases: [object, string][] = [
      [{ channel: 'email', email: 'not-an-email' }, 'email'],
      [{ channel: 'sms', phone: 'call me' }, 'phone'],
      [{ channel: 'pigeon', email: 'a1@b.test' }, 'channel'],
      [{ channel: 'email', email: 'a2@b.test', extra: 1 }, 'extra'],
      [{ channel: 'email', email: 'a3@b.test', redirect: 'https://evil.test/portal' }, 'redirect'],
      [{ channel: 'email', email: 'a4@b.test', redirect: '//evil.test' }, 'redirect'],
    ];
    for (const [payload, field] of cases) {
      const res = await post('/api/portal/sign-in', payload);
      expect({ payload, status: res.statusCode }).toEqual({ payload, status: 400 });
      expect(res.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    }
    const noCode = await post('/api/portal/verify', { phone: '+447700900123' });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().issues[0].field).toBe('code');
    const nothing = await post('/api/portal/verify', {});
    expect(nothing.json().issues[0].field).toBe('token');
  });

  it('answers 401 to anonymous requests and to a cookie that is no session', async () => {
    expect((await e2e.request({ method: 'GET', url: '/api/portal/me' })).statusCode).toBe(401);
    expect((await e2e.request({ method: 'GET', url: '/api/portal/me', cookie: `${CUSTOMER_SESSION_COOKIE}=made-up-secret` })).statusCode).toBe(401);
    expect((await e2e.request({ method: 'POST', url: '/api/portal/sign-out' })).statusCode).toBe(401);
  });
});
