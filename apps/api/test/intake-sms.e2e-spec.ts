import { randomBytes } from 'node:crypto';
import { twilioSignature } from '../src/modules/intake/sms-signature';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const SMS_URL = '/api/intake/sms/twilio';
const TOKEN = 'test-token-0123456789';
const PUBLIC_URL = 'https://fc.example.test';
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** What Twilio posts for one inbound SMS (a subset of its fields). */
function inboundSms(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    AccountSid: `AC${randomBytes(16).toString('hex')}`,
    MessageSid: `SM${randomBytes(16).toString('hex')}`,
    From: '07700 900123',
    To: '+447700900999',
    Body: 'My flight was delayed and nobody told us why.',
    NumMedia: '0',
    ...overrides,
  };
}

function postSms(e2e: E2eApp, params: Record<string, string>, signature: string | null) {
  return e2e.request({
    method: 'POST',
    url: SMS_URL,
    payload: new URLSearchParams(params).toString(),
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'x-twilio-signature': signature }),
    },
  });
}

const sign = (params: Record<string, string>, token = TOKEN) => twilioSignature(token, PUBLIC_URL + SMS_URL, params);

describe('SMS intake webhook (POST /api/intake/sms/twilio)', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_sms', { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL, SEED_DEMO: 'false' });
  });

  afterAll(() => e2e?.close());

  const rowsFor = (messageSid: string) =>
    e2e.db.query(
      `SELECT f.channel, f.source, f.text, i.value AS phone
         FROM feedback f JOIN customer_identity i ON i.customer_id = f.customer_id AND i.kind = 'phone'
        WHERE f.external_message_id = $1`,
      [messageSid],
    );

  it('stores a correctly signed message as sms feedback with the sender in E.164, and answers empty TwiML', async () => {
    const sms = inboundSms();
    const res = await postSms(e2e, sms, sign(sms));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/xml/);
    expect(res.body).toBe(EMPTY_TWIML);
    expect(await rowsFor(sms.MessageSid)).toEqual([{ channel: 'sms', source: 'twilio:+447700900999', text: sms.Body, phone: '+447700900123' }]);
  });

  it('never stores the same MessageSid twice (Twilio retries)', async () => {
    const sms = inboundSms();
    expect((await postSms(e2e, sms, sign(sms))).statusCode).toBe(200);
    const again = await postSms(e2e, sms, sign(sms));
    expect(again.statusCode).toBe(200);
    expect(again.body).toBe(EMPTY_TWIML);
    expect(await rowsFor(sms.MessageSid)).toHaveLength(1);
  });

  it('threads messages from the same number onto one conversation, and another number onto its own', async () => {
    const first = inboundSms({ From: '+447700900555', Body: 'Bag still missing' });
    const followUp = inboundSms({ From: '+447700900555', Body: 'Any news on my bag?' });
    const stranger = inboundSms({ From: '+447700900556', Body: 'Great crew today' });
    for (const sms of [first, followUp, stranger]) expect((await postSms(e2e, sms, sign(sms))).statusCode).toBe(200);
    const conversationOf = async (sms: Record<string, string>) =>
      (await e2e.db.query(`SELECT conversation_id FROM feedback WHERE external_message_id = $1`, [sms.MessageSid]))[0].conversation_id;
    expect(await conversationOf(followUp)).toBe(await conversationOf(first));
    expect(await conversationOf(stranger)).not.toBe(await conversationOf(first));
    const [conversation] = await e2e.db.query(`SELECT channel, message_count FROM conversation WHERE id = $1`, [await conversationOf(first)]);
    expect(conversation).toEqual({ channel: 'sms', message_count: 2 });
  });

  it('starts a new conversation when the number has been quiet for longer than the window', async () => {
    const old = inboundSms({ From: '+447700900557', Body: 'Old complaint' });
    expect((await postSms(e2e, old, sign(old))).statusCode).toBe(200);
    await e2e.db.query(
      `UPDATE conversation SET last_message_at = now() - interval '73 hours'
        WHERE id = (SELECT conversation_id FROM feedback WHERE external_message_id = $1)`,
      [old.MessageSid],
    );
    const fresh = inboundSms({ From: '+447700900557', Body: 'New problem' });
    expect((await postSms(e2e, fresh, sign(fresh))).statusCode).toBe(200);
    const ids = await e2e.db.query(`SELECT DISTINCT conversation_id FROM feedback WHERE external_message_id = ANY($1)`, [[old.MessageSid, fresh.MessageSid]]);
    expect(ids).toHaveLength(2);
  });

  describe('signature', () => {
    const expectForbidden = async (res: Awaited<ReturnType<typeof postSms>>, messageSid: string) => {
      expect(res.statusCode).toBe(403);
      expect(res.json()).toMatchObject({ statusCode: 403, message: expect.stringContaining('X-Twilio-Signature') });
      expect(await rowsFor(messageSid)).toEqual([]);
    };

    it('refuses a message without X-Twilio-Signature with 403', async () => {
      const sms = inboundSms();
      await expectForbidden(await postSms(e2e, sms, null), sms.MessageSid);
    });

    it('refuses a message signed with another token with 403', async () => {
      const sms = inboundSms();
      await expectForbidden(await postSms(e2e, sms, sign(sms, 'another-token-0123456789')), sms.MessageSid);
    });

    it('refuses a message whose body was changed after signing with 403', async () => {
      const sms = inboundSms();
      const signature = sign(sms);
      await expectForbidden(await postSms(e2e, { ...sms, Body: 'Refund me £1000' }, signature), sms.MessageSid);
    });

    it('refuses a signature over another URL with 403', async () => {
      const sms = inboundSms();
      const signature = twilioSignature(TOKEN, `http://localhost${SMS_URL}`, sms);
      await expectForbidden(await postSms(e2e, sms, signature), sms.MessageSid);
    });
  });

  describe('bad input', () => {
    it.each([['empty', ''], ['blank', '   ']])('answers 400 naming Body for an %s Body', async (_, Body) => {
      const sms = inboundSms({ Body });
      const res = await postSms(e2e, sms, sign(sms));
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'Body' })]);
    });

    it('answers 400 naming MessageSid when it is missing', async () => {
      const { MessageSid: _, ...sms } = inboundSms();
      const res = await postSms(e2e, sms, sign(sms));
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'MessageSid' })]);
    });
  });
});

describe('SMS intake webhook without TWILIO_AUTH_TOKEN', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_sms_off', { TWILIO_AUTH_TOKEN: '', SEED_DEMO: 'false' });
  });

  afterAll(() => e2e?.close());

  it('answers 404: SMS intake is not configured', async () => {
    const sms = inboundSms();
    const res = await postSms(e2e, sms, sign(sms));
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, message: 'SMS intake is not configured' });
  });
});
