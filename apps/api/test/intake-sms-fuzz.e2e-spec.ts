// Property-based: random and malformed Twilio webhooks, most of them correctly signed so they get
// past the signature check into parsing and intake. Whatever comes in, never a 5xx.
import { apiErrorSchema } from '@fullcircle/shared';
import fc from 'fast-check';
import { twilioSignature } from '../src/modules/intake/sms-signature';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const SMS_URL = '/api/intake/sms/twilio';
const TOKEN = 'fuzz-token-0123456789';
const PUBLIC_URL = 'https://fc.example.test';
const BODY_LIMIT_BYTES = 64 * 1024;

describe('SMS webhook under fuzzing', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_sms_fuzz', { TWILIO_AUTH_TOKEN: TOKEN, PUBLIC_URL, SEED_DEMO: 'false', BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) });
  });

  afterAll(() => e2e?.close());

  const unicode = fc.string({ unit: 'binary', maxLength: 60 });
  const phone = fc.oneof(
    fc.constantFrom('+447700900123', '07700 900123', '+1 (202) 555-0143', '+4915112345678', '', '+', '00', 'not-a-number'),
    fc.stringMatching(/^\+?[0-9 ()-]{0,20}$/),
    unicode,
  );
  const params = fc.record(
    {
      MessageSid: fc.oneof(fc.stringMatching(/^SM[0-9a-f]{32}$/), fc.constantFrom('SMrepeat1', 'SMrepeat2'), unicode),
      From: phone,
      To: phone,
      Body: fc.oneof(unicode, fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constant(''), fc.constant('x'.repeat(2_000))),
      NumMedia: fc.oneof(fc.constantFrom('0', '1', '-1', '99'), unicode),
      AccountSid: unicode,
      extra: unicode,
    },
    { requiredKeys: [] },
  );
  // A well-formed message from Twilio, so every run reaches intake (random fields alone rarely survive
  // the round trip through form encoding with a valid signature).
  const wellFormed = fc.record({
    MessageSid: fc.stringMatching(/^SM[0-9a-f]{32}$/),
    From: fc.constantFrom('+447700900123', '+447700900124', '07700 900125'),
    To: fc.constant('+447700900999'),
    Body: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((b) => b.trim().length > 0),
  });
  const fields = fc.oneof({ weight: 1, arbitrary: wellFormed }, { weight: 3, arbitrary: params });
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/x-www-form-urlencoded') },
    { weight: 2, arbitrary: fc.constantFrom('application/json', 'text/plain', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded; charset=latin1') },
  );
  const signing = fc.constantFrom('valid', 'valid', 'valid', 'other-token', 'missing', 'junk');
  const rawJunk = fc.option(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.constantFrom('%', '%%%', 'a=%ZZ', '&&&=', '{"Body":1}')), { freq: 5 });

  it('answers 1,000 random webhooks without a 5xx; errors are JSON ApiErrors, acceptances empty TwiML', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fields, contentType, signing, rawJunk, async (generated, type, sign, junk) => {
        const form = Object.fromEntries(Object.entries(generated).filter(([, v]) => v !== undefined)) as Record<string, string>;
        const signature =
          sign === 'valid' ? twilioSignature(TOKEN, PUBLIC_URL + SMS_URL, form)
          : sign === 'other-token' ? twilioSignature('another-token-00000', PUBLIC_URL + SMS_URL, form)
          : sign === 'junk' ? 'bm90IGEgc2lnbmF0dXJl'
          : undefined;
        const res = await e2e.request({
          method: 'POST',
          url: SMS_URL,
          payload: junk ?? new URLSearchParams(form).toString(),
          headers: { 'content-type': type, ...(signature ? { 'x-twilio-signature': signature } : {}) },
        });
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
        try {
          expect(res.statusCode).toBeLessThan(500);
          if (res.statusCode === 200) {
            expect(res.headers['content-type']).toMatch(/^text\/xml/);
          } else {
            expect(res.headers['content-type']).toMatch(/^application\/json/);
            expect(apiErrorSchema.safeParse(res.json()).success).toBe(true);
          }
        } catch (err) {
          throw new Error(`${res.statusCode} ${res.body.slice(0, 300)}\n${(err as Error).message}`, { cause: err });
        }
      }),
      { numRuns: 1_000 },
    );
    // The run reached intake, not only the signature check.
    const counts = Object.fromEntries(seen);
    expect({ counts, reachedIntake: (seen.get(200) ?? 0) > 0 && (seen.get(400) ?? 0) > 0 && (seen.get(403) ?? 0) > 0 }).toEqual({ counts, reachedIntake: true });
  }, 180_000);
});
