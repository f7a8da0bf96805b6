// Property-based: random and malformed payloads and headers at the webhook receiver, some of
// them correctly signed so the mapping and intake run too. Never a 5xx; every 4xx a JSON ApiError.
import { createHmac, randomUUID } from 'node:crypto';
import { WEBHOOK_MAPPING_PRESETS, type WebhookSourceWithSecret, acceptedFeedbackSchema, apiErrorSchema } from '@fullcircle/shared';
import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const BODY_LIMIT_BYTES = 64 * 1024;
const preset = WEBHOOK_MAPPING_PRESETS.find((p) => p.id === 'generic')!;
// Stand-ins resolved once beforeAll has created the source: the arbitraries exist before it.
const GOOD_SOURCE = '<source>';

describe('webhook receiver under fuzzing', () => {
  let e2e: E2eApp;
  let source: WebhookSourceWithSecret;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_webhooks_fuzz', { BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) });
    const admin = await e2e.signIn('admin');
    const res = await e2e.request({ method: 'POST', url: '/api/intake/webhook-sources', cookie: admin, payload: { name: 'Fuzz', kind: 'review', network: 'fuzz', mapping: preset.mapping } });
    source = res.json();
  });

  afterAll(() => e2e?.close());

  const unicode = fc.string({ unit: 'binary', maxLength: 40 });
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), unicode, fc.constant(null), fc.double(), fc.integer());

  // The generic preset's sample with fields swapped for junk, dropped or added.
  const mutatedPayload = fc
    .record({
      drop: fc.subarray(['id', 'text', 'author', 'rating', 'created_at', 'title']),
      swap: fc.dictionary(fc.constantFrom('id', 'text', 'title', 'rating', 'created_at', 'author', 'url'), anyValue),
      author: fc.record({ handle: fc.oneof(unicode, anyValue), email: fc.oneof(fc.emailAddress(), unicode), name: unicode }, { requiredKeys: [] }),
      text: fc.oneof(unicode, fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 })),
      rating: fc.oneof(fc.integer({ min: -3, max: 12 }), fc.double(), fc.string({ maxLength: 4 })),
      created_at: fc.oneof(fc.integer(), fc.double(), unicode, fc.date({ noInvalidDate: true }).map((d) => d.toISOString())),
      id: fc.oneof(fc.uuid(), unicode, fc.integer()),
    })
    .map(({ drop, swap, ...fields }) => {
      const item: Record<string, unknown> = { ...preset.sample, ...fields, ...swap };
      for (const field of drop) delete item[field];
      return JSON.stringify(item);
    });

  // Valid payloads with random unicode and ids, some ids repeated so duplicates meet their first item.
  const validPayload = fc
    .record({
      text: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }).filter((t) => t.trim().length > 0),
      rating: fc.integer({ min: 1, max: 5 }),
      id: fc.oneof(fc.uuid(), fc.constantFrom('dup-1', 'dup-2')),
      handle: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 30 }).filter((h) => h.trim().replace(/^@/, '').length > 0),
    })
    .map(({ text, rating, id, handle }) => JSON.stringify({ ...preset.sample, text, rating, id, author: { handle } }));

  const body = fc.oneof(
    { weight: 4, arbitrary: validPayload },
    { weight: 6, arbitrary: mutatedPayload },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"__proto__":{"x":1}}', '{"constructor":{"prototype":{}}}', 'null', '[]', '"text"', 'x'.repeat(BODY_LIMIT_BYTES + 10)) },
  );

  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 200 });
  const signature = fc.oneof(
    { weight: 6, arbitrary: fc.constant('sign') },
    { weight: 1, arbitrary: fc.constant('stale') },
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: printable },
    { weight: 1, arbitrary: fc.tuple(fc.integer({ min: -1, max: 2 ** 40 }), fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), maxLength: 70 })).map(([t, v]) => `t=${t},v1=${v}`) },
  );
  const sourceId = fc.oneof({ weight: 8, arbitrary: fc.constant(GOOD_SOURCE) }, { weight: 1, arbitrary: fc.uuid() }, { weight: 1, arbitrary: printable.filter((s) => s.length > 0).map(encodeURIComponent) });
  const contentType = fc.oneof(
    { weight: 8, arbitrary: fc.constant('application/json') },
    { weight: 2, arbitrary: fc.constantFrom('application/json; charset=utf-8', 'text/plain', 'application/x-www-form-urlencoded', 'application/xml', '*/*') },
    { weight: 1, arbitrary: printable },
  );

  function checkAnswer(res: Response): void {
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode === 202 || res.statusCode === 200) {
      expect(acceptedFeedbackSchema.safeParse(res.json()).success).toBe(true);
      return;
    }
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const error = apiErrorSchema.safeParse(res.json());
    expect(error.success).toBe(true);
    expect(error.data?.statusCode).toBe(res.statusCode);
  }

  it('answers 800 random and malformed deliveries without a 5xx, every 4xx a JSON ApiError', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(body, signature, sourceId, contentType, async (payload, sig, id, type) => {
        const now = Math.floor(Date.now() / 1000);
        const hmac = (t: number) => `t=${t},v1=${createHmac('sha256', source.secret).update(`${t}.${payload}`).digest('hex')}`;
        const header = sig === 'sign' ? hmac(now) : sig === 'stale' ? hmac(now - 3600) : sig;
        const res = await e2e.request({
          method: 'POST',
          url: `/api/intake/webhooks/${id === GOOD_SOURCE ? source.source.id : id}`,
          headers: { 'content-type': type, ...(header === undefined ? {} : { 'fullcircle-signature': header }) },
          payload,
        });
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
        try {
          checkAnswer(res);
        } catch (err) {
          throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}\n${(err as Error).message}`, { cause: err });
        }
      }),
      { numRuns: 800 },
    );
    // The run reached the mapping and intake, not only the signature check.
    expect(seen.get(202)).toBeGreaterThan(0);
    expect(seen.get(422)).toBeGreaterThan(0);
    expect(seen.get(403)).toBeGreaterThan(0);
    // Each accepted delivery is a full intake transaction: a limit for a busy machine, not a timing assertion.
  }, 300_000);

  it('still accepts a well-formed delivery afterwards', async () => {
    const payload = JSON.stringify({ ...preset.sample, id: randomUUID() });
    const t = Math.floor(Date.now() / 1000);
    const res = await e2e.request({
      method: 'POST',
      url: `/api/intake/webhooks/${source.source.id}`,
      headers: { 'content-type': 'application/json', 'fullcircle-signature': `t=${t},v1=${createHmac('sha256', source.secret).update(`${t}.${payload}`).digest('hex')}` },
      payload,
    });
    expect(res.statusCode).toBe(202);
  });
});
