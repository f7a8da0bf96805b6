import type { CreatedApiKey } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { API_KEYS_URL, FEEDBACK_URL, createApiKey, feedbackCountFrom, feedbackPayload, submitFeedback } from './support/intake-api';

const BODY_LIMIT_BYTES = 64 * 1024;

describe('public intake API (POST /api/intake/feedback)', () => {
  let e2e: E2eApp;
  let admin: string;
  let key: CreatedApiKey;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_api', { BODY_LIMIT_BYTES: String(BODY_LIMIT_BYTES) });
    admin = await e2e.signIn('admin');
    key = await createApiKey(e2e, admin);
  });

  afterAll(() => e2e?.close());

  const expectApiError = (res: { json(): unknown }, statusCode: number) =>
    expect(res.json()).toMatchObject({ statusCode, error: expect.any(String), message: expect.any(String) });

  describe('with a valid key', () => {
    it('accepts an item with 202, stores it for the customer and notes the key use', async () => {
      const payload = feedbackPayload({ text: 'Seat 12C was broken', score: { scale: 'nps', value: 3 } });
      const res = await submitFeedback(e2e, { secret: key.secret, payload, idempotencyKey: 'accept-1' });
      expect(res.statusCode).toBe(202);
      const accepted = res.json();
      expect(accepted).toEqual({
        id: expect.any(String),
        customerId: expect.any(String),
        conversationId: expect.any(String),
        conversationReference: expect.stringMatching(/^FC-[0-9A-Z]{8}$/),
        channel: 'api',
        status: 'accepted',
        receivedAt: expect.any(String),
      });
      const [row] = await e2e.db.query('SELECT text, channel, source, score_value, idempotency_key FROM feedback WHERE id = $1', [accepted.id]);
      expect(row).toEqual({ text: 'Seat 12C was broken', channel: 'api', source: `api-key:${key.apiKey.id}`, score_value: 3, idempotency_key: 'accept-1' });
      const [used] = await e2e.db.query('SELECT last_used_at FROM api_key WHERE id = $1', [key.apiKey.id]);
      expect(used.last_used_at).toBeInstanceOf(Date);
    });

    it('accepts the key in X-Api-Key too', async () => {
      const res = await submitFeedback(e2e, { headers: { 'x-api-key': key.secret } });
      expect(res.statusCode).toBe(202);
    });

    it('records the key use at most once a minute', async () => {
      await e2e.db.query(`UPDATE api_key SET last_used_at = now() - interval '30 seconds' WHERE id = $1`, [key.apiKey.id]);
      const [before] = await e2e.db.query('SELECT last_used_at FROM api_key WHERE id = $1', [key.apiKey.id]);
      await submitFeedback(e2e, { secret: key.secret });
      const [after] = await e2e.db.query('SELECT last_used_at FROM api_key WHERE id = $1', [key.apiKey.id]);
      expect(after.last_used_at).toEqual(before.last_used_at);
    });
  });

  describe('authentication', () => {
    it('asks for a key with 401 and WWW-Authenticate: Bearer', async () => {
      const res = await submitFeedback(e2e, {});
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toMatch(/^Bearer /);
      expectApiError(res, 401);
    });

    it('refuses an unknown key with 401', async () => {
      const res = await submitFeedback(e2e, { secret: `fc_live_${'A'.repeat(43)}` });
      expect(res.statusCode).toBe(401);
      expect(res.headers['www-authenticate']).toContain('invalid_token');
      expect(res.json().message).toBe('Unknown API key');
    });

    it('refuses a revoked key with 401 and stores nothing', async () => {
      const revoked = await createApiKey(e2e, admin, 'To revoke');
      expect((await submitFeedback(e2e, { secret: revoked.secret })).statusCode).toBe(202);
      await e2e.request({ method: 'POST', url: `${API_KEYS_URL}/${revoked.apiKey.id}/revoke`, cookie: admin });
      const res = await submitFeedback(e2e, { secret: revoked.secret });
      expect(res.statusCode).toBe(401);
      expect(res.json().message).toContain('revoked');
      expect(await feedbackCountFrom(e2e, revoked.apiKey.id)).toBe(1);
    });

    it('forbids a key without the intake:write scope with 403', async () => {
      const scopeless = await createApiKey(e2e, admin, 'Read only');
      await e2e.db.query(`UPDATE api_key SET scopes = '{}' WHERE id = $1`, [scopeless.apiKey.id]);
      const res = await submitFeedback(e2e, { secret: scopeless.secret });
      expect(res.statusCode).toBe(403);
      expect(res.json().message).toContain('intake:write');
    });

    it('does not take a staff session instead of a key', async () => {
      const res = await e2e.request({ method: 'POST', url: FEEDBACK_URL, cookie: admin, headers: { 'idempotency-key': 'cookie-1' }, payload: feedbackPayload() });
      expect(res.statusCode).toBe(401);
    });
  });

  describe('bad input', () => {
    it('requires an Idempotency-Key, naming the header', async () => {
      const res = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: null });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
      expect(res.json().message).toContain('Idempotency-Key');
    });

    it.each([['too long', 'k'.repeat(256)], ['blank', ' ']])('rejects a %s Idempotency-Key, naming the header', async (_, idempotencyKey) => {
      const res = await submitFeedback(e2e, { secret: key.secret, idempotencyKey });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    });

    it.each([
      ['a missing customer', { text: 'hi' }, 'customer'],
      ['a customer without any identity', { text: 'hi', customer: { name: 'Ann' } }, 'customer'],
      ['an NPS score out of range', feedbackPayload({ score: { scale: 'nps', value: 11 } }), 'score.value'],
      ['an unknown field', { ...feedbackPayload(), priority: 'high' }, 'priority'],
      ['a text of the wrong type', { ...feedbackPayload(), text: 42 }, 'text'],
    ])('answers 400 naming the field for %s', async (_, payload, field) => {
      const res = await submitFeedback(e2e, { secret: key.secret, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    });

    it('answers 400 for malformed JSON', async () => {
      const res = await e2e.request({
        method: 'POST',
        url: FEEDBACK_URL,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${key.secret}`, 'idempotency-key': 'malformed-1' },
        payload: '{"text": "unterminated',
      });
      expect(res.statusCode).toBe(400);
      expectApiError(res, 400);
    });

    it.each(['text/plain', 'application/xml', 'application/x-www-form-urlencoded'])('answers 415 with an ApiError for %s', async (type) => {
      const res = await submitFeedback(e2e, { secret: key.secret, headers: { 'content-type': type } });
      expect(res.statusCode).toBe(415);
      expectApiError(res, 415);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
    });

    it('checks the API key before the content type', async () => {
      const res = await submitFeedback(e2e, { headers: { 'content-type': 'text/plain' } });
      expect(res.statusCode).toBe(401);
    });

    it('answers 415 for a body without a Content-Type', async () => {
      const res = await e2e.request({
        method: 'POST',
        url: FEEDBACK_URL,
        headers: { authorization: `Bearer ${key.secret}`, 'idempotency-key': 'no-type-1' },
      });
      expect(res.statusCode).toBe(415);
      expect(res.json().message).toContain('application/json');
    });

    it('answers 413 with an ApiError for a body over the limit', async () => {
      const res = await submitFeedback(e2e, { secret: key.secret, payload: feedbackPayload({ text: 'x'.repeat(BODY_LIMIT_BYTES) }) });
      expect(res.statusCode).toBe(413);
      expectApiError(res, 413);
    });
  });

  it('is documented in OpenAPI with its headers and answers', async () => {
    const doc = (await e2e.request({ method: 'GET', url: '/api/docs/openapi.json' })).json();
    const operation = doc.paths[FEEDBACK_URL].post;
    expect(operation.tags).toEqual(['intake']);
    expect(operation.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: true })]));
    expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['202', '400', '401', '403', '409', '413', '415', '422']));
    expect(operation.security).toEqual(expect.arrayContaining([{ 'api-key': [] }]));
    expect(doc.components.securitySchemes['api-key']).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(operation.requestBody.content['application/json'].schema).toBeDefined();
  });
});
