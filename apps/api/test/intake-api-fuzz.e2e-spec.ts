// Property-based: thousands of random and malformed requests at the public endpoint. Whatever comes
// in, the answer is never a 5xx, and every 4xx is a JSON ApiError.
import { randomUUID } from 'node:crypto';
import { acceptedFeedbackSchema, apiErrorSchema, type CreatedApiKey } from '@fullcircle/shared';
import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { FEEDBACK_URL, createApiKey, feedbackPayload } from './support/intake-api';

const BODY_LIMIT_BYTES = 64 * 1024;
// Stands for the suite's key in generated headers: the arbitraries exist before beforeAll creates it.
const VALID_KEY = '<valid key>';

describe('public intake API under fuzzing', () => {
  let e2e: E2eApp;
  let key: CreatedApiKey;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_api_fuzz', { BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) });
    key = await createApiKey(e2e, await e2e.signIn('admin'), 'Fuzzer');
  });

  afterAll(() => e2e?.close());

  const unicode = fc.string({ unit: 'binary', maxLength: 40 });
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), unicode, fc.constant(null), fc.double(), fc.integer());
  const hugeString = fc
    .tuple(fc.integer({ min: 1_000, max: BODY_LIMIT_BYTES - 2_000 }), fc.constantFrom('x', 'é', '😀', '\u0000', '"', '\\'))
    .map(([n, ch]) => ch.repeat(Math.floor(n / Buffer.byteLength(ch))));
  const deepJunk = fc.integer({ min: 60, max: 5_000 }).chain((depth) =>
    fc.constantFrom(`${'['.repeat(depth)}${']'.repeat(depth)}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`),
  );

  // A valid item with some fields swapped for junk, added or removed.
  const mutatedItem = fc
    .record({
      drop: fc.subarray(['text', 'customer', 'score', 'metadata']),
      swap: fc.dictionary(fc.constantFrom('text', 'subject', 'score', 'language', 'receivedAt', 'customer', 'metadata', 'attachments', 'journeyStage'), anyValue),
      extra: fc.dictionary(unicode, anyValue, { maxKeys: 2 }),
      text: fc.oneof(unicode, hugeString),
      score: fc.record({ scale: fc.constantFrom('nps', 'csat', 'ces', 'stars'), value: fc.oneof(fc.integer({ min: -5, max: 15 }), fc.double()) }),
      customer: fc.record({ email: fc.oneof(fc.emailAddress(), unicode), phone: unicode, name: unicode }, { requiredKeys: [] }),
      metadata: fc.dictionary(unicode, fc.oneof(unicode, fc.integer(), fc.boolean(), fc.constant(null), anyValue), { maxKeys: 5 }),
    })
    .map(({ drop, swap, extra, ...fields }) => {
      const item: Record<string, unknown> = { ...feedbackPayload(), ...fields, ...swap, ...extra };
      for (const field of drop) delete item[field];
      return JSON.stringify(item);
    });

  // Valid items with random unicode, so retries with reused keys meet recorded answers.
  const validItem = fc
    .record({ text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }), score: fc.integer({ min: 0, max: 10 }) })
    .filter(({ text }) => text.trim().length > 0)
    .map(({ text, score }) => JSON.stringify(feedbackPayload({ text, score: { scale: 'nps', value: score } })));

  const rawBody = fc.oneof(
    { weight: 2, arbitrary: validItem },
    { weight: 3, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 5, arbitrary: mutatedItem },
    { weight: 1, arbitrary: deepJunk },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: hugeString.map((s) => JSON.stringify({ text: s, customer: { email: 'huge@example.test' } })) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', 'null', '[]', '"text"') },
  );

  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 });
  const headers = fc.record({
    'content-type': fc.oneof(
      { weight: 6, arbitrary: fc.constant('application/json') },
      { weight: 3, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/xml', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', '*/*') },
      { weight: 1, arbitrary: printable },
    ),
    authorization: fc.oneof(
      { weight: 8, arbitrary: fc.constant(VALID_KEY) },
      { weight: 1, arbitrary: printable },
      { weight: 1, arbitrary: printable.map((s) => `Bearer ${s}`) },
    ),
    'idempotency-key': fc.oneof(
      { weight: 6, arbitrary: fc.uuid() },
      { weight: 2, arbitrary: fc.constantFrom('reused-1', 'reused-2', 'reused-3') },
      { weight: 2, arbitrary: printable },
    ),
    'x-api-key': printable,
    'x-fuzz': printable,
  }, { requiredKeys: ['content-type', 'authorization', 'idempotency-key'] });

  function checkAnswer(res: Response): void {
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode === 202) {
      expect(acceptedFeedbackSchema.safeParse(res.json()).success).toBe(true);
      return;
    }
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = apiErrorSchema.safeParse(res.json());
    expect(body.success).toBe(true);
    expect(body.data?.statusCode).toBe(res.statusCode);
  }

  it('answers 2,000 random and malformed requests without a 5xx, every 4xx a JSON ApiError', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(rawBody, headers, async (payload, requestHeaders) => {
        if (requestHeaders.authorization === VALID_KEY) requestHeaders.authorization = `Bearer ${key.secret}`;
        const res = await e2e.request({ method: 'POST', url: FEEDBACK_URL, headers: requestHeaders, payload });
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
        try {
          checkAnswer(res);
        } catch (err) {
          throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}\n${(err as Error).message}`, { cause: err });
        }
      }),
      { numRuns: 2_000 },
    );
    // The run reached the endpoint's logic, not only its guards.
    expect(seen.get(202)).toBeGreaterThan(0);
    expect(seen.get(400)).toBeGreaterThan(0);
  });

  it('still accepts a well-formed item afterwards', async () => {
    const res = await e2e.request({
      method: 'POST',
      url: FEEDBACK_URL,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key.secret}`, 'idempotency-key': randomUUID() },
      payload: feedbackPayload(),
    });
    expect(res.statusCode).toBe(202);
  });
});
