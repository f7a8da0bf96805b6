// Property-based: random and malformed requests at the public form, widget and chat endpoints.
// Whatever comes in, the answer is never a 5xx, and every 4xx is a JSON ApiError.
import { apiErrorSchema, chatMessageSchema, formSubmissionAcceptedSchema, publicFormSchema, type FeedbackForm } from '@fullcircle/shared';
import fc from 'fast-check';
import type { Response } from 'light-my-request';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { FORMS_URL, SHOP, formInput } from './support/intake-forms';

describe('public form, widget and chat endpoints under fuzzing', () => {
  let e2e: E2eApp;
  let form: FeedbackForm;
  let chatToken: string;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_forms_fuzz', { FORM_RATE_LIMIT: '1000000' });
    const admin = await e2e.signIn('admin');
    form = (await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: formInput({ conversationEnabled: true }) })).json();
    const first = await e2e.request({
      method: 'POST',
      url: `${FORMS_URL}/${form.slug}/submissions`,
      headers: { 'content-type': 'application/json', 'idempotency-key': 'fuzz-setup', origin: SHOP },
      payload: { via: 'widget', score: 5, answers: { plan: 'Pro' } },
    });
    chatToken = first.json().chat.token;
  });

  afterAll(() => e2e?.close());

  const unicode = fc.string({ unit: 'binary', maxLength: 40 });
  const printable = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 120 });
  const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), unicode, fc.constant(null), fc.double(), fc.integer());

  const submission = fc
    .record({
      drop: fc.subarray(['via', 'score', 'answers']),
      swap: fc.dictionary(fc.constantFrom('via', 'score', 'comment', 'answers', 'email', 'name', 'pageUrl', 'visitorId'), anyValue),
      extra: fc.dictionary(unicode, anyValue, { maxKeys: 2 }),
      score: fc.oneof(fc.integer({ min: -3, max: 13 }), fc.double()),
      comment: fc.oneof(unicode, fc.constantFrom('\u0000', ' ', 'x'.repeat(6000))),
      answers: fc.oneof(fc.constant({ plan: 'Pro' }), fc.dictionary(unicode, fc.oneof(unicode, anyValue), { maxKeys: 3 })),
      email: fc.oneof(fc.emailAddress(), unicode),
      visitorId: fc.oneof(fc.uuid(), unicode),
    }, { requiredKeys: ['drop', 'swap', 'extra'] })
    .map(({ drop, swap, extra, ...fields }) => {
      const body: Record<string, unknown> = { via: 'widget', score: 8, answers: { plan: 'Pro' }, ...fields, ...swap, ...extra };
      for (const field of drop) delete body[field];
      return JSON.stringify(body);
    });
  // Valid answers with random unicode, so retries with reused keys meet recorded answers.
  const validSubmission = fc
    .record({ comment: fc.string({ unit: 'grapheme', maxLength: 200 }), score: fc.integer({ min: 0, max: 10 }), via: fc.constantFrom('widget', 'hosted') })
    .map(({ comment, score, via }) => JSON.stringify({ via, score, answers: { plan: 'Pro' }, ...(comment.trim() && !comment.includes('\u0000') ? { comment } : {}) }));
  const rawBody = fc.oneof(
    { weight: 3, arbitrary: validSubmission },
    { weight: 5, arbitrary: submission },
    { weight: 2, arbitrary: fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null') },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '{', '{"__proto__":{"x":1}}', 'null', '[]', '{"text":"hi"}') },
  );
  const headers = fc.record(
    {
      'content-type': fc.oneof({ weight: 8, arbitrary: fc.constant('application/json') }, { weight: 2, arbitrary: printable }),
      'idempotency-key': fc.oneof({ weight: 6, arbitrary: fc.uuid() }, { weight: 2, arbitrary: fc.constantFrom('re-1', 're-2') }, { weight: 2, arbitrary: printable }),
      origin: fc.oneof({ weight: 6, arbitrary: fc.constant(SHOP) }, { weight: 2, arbitrary: fc.constantFrom('https://evil.example', 'null') }, { weight: 2, arbitrary: printable }),
      authorization: fc.oneof({ weight: 5, arbitrary: fc.constant('<token>') }, { weight: 3, arbitrary: printable }, { weight: 2, arbitrary: printable.map((s) => `Bearer ${s}`) }),
    },
    { requiredKeys: ['content-type'] },
  );
  const slug = fc.oneof({ weight: 6, arbitrary: fc.constant('<form>') }, { weight: 4, arbitrary: printable.map((s) => encodeURIComponent(s) || 'x') });

  function checkAnswer(res: Response, okSchema: { safeParse(v: unknown): { success: boolean } }): void {
    expect(res.statusCode).toBeLessThan(500);
    if (res.statusCode < 300) {
      expect(okSchema.safeParse(res.json()).success).toBe(true);
      return;
    }
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const body = apiErrorSchema.safeParse(res.json());
    expect(body.success).toBe(true);
  }

  const withContext = async (res: Response, check: () => void) => {
    try {
      check();
    } catch (err) {
      throw new Error(`${res.statusCode} ${res.body.slice(0, 500)}\n${(err as Error).message}`, { cause: err });
    }
  };

  it('answers 600 random submissions without a 5xx', async () => {
    const seen = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(slug, rawBody, headers, async (s, payload, h) => {
        const url = `${FORMS_URL}/${s === '<form>' ? form.slug : s}/submissions`;
        const res = await e2e.request({ method: 'POST', url, headers: h, payload });
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
        await withContext(res, () => checkAnswer(res, formSubmissionAcceptedSchema));
      }),
      { numRuns: 600 },
    );
    expect(seen.get(202)).toBeGreaterThan(0);
    expect(seen.get(400)).toBeGreaterThan(0);
  });

  it('answers 300 random reads of a public definition without a 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(slug, async (s) => {
        const res = await e2e.request({ method: 'GET', url: `${FORMS_URL}/${s === '<form>' ? form.slug : s}/public` });
        await withContext(res, () => checkAnswer(res, publicFormSchema));
      }),
      { numRuns: 300 },
    );
  });

  it('answers 400 random chat messages without a 5xx', async () => {
    const seen = new Map<number, number>();
    const text = fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }).map((t) => JSON.stringify({ text: t })), rawBody);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('GET', 'POST'), text, headers, async (method, payload, h) => {
        if (h.authorization === '<token>') h.authorization = `Bearer ${chatToken}`;
        const res = await e2e.request({ method, url: '/api/intake/chat/messages', headers: h, payload: method === 'POST' ? payload : undefined });
        seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
        await withContext(res, () => checkAnswer(res, method === 'POST' ? chatMessageSchema : { safeParse: (v) => ({ success: Array.isArray((v as { messages?: unknown }).messages) }) }));
      }),
      { numRuns: 400 },
    );
    expect(seen.get(202)).toBeGreaterThan(0);
  });
});
