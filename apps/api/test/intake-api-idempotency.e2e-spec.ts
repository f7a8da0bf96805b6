import type { CreatedApiKey } from '@fullcircle/shared';
import { IdempotencyService } from '../src/common/idempotency/idempotency.service';
import { requestHash } from '../src/common/idempotency/request-hash';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { FEEDBACK_URL, createApiKey, feedbackCountFrom, feedbackPayload, submitFeedback } from './support/intake-api';

describe('Idempotency-Key on the public intake API', () => {
  let e2e: E2eApp;
  let admin: string;
  let key: CreatedApiKey;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_api_idempotency');
    admin = await e2e.signIn('admin');
    key = await createApiKey(e2e, admin);
  });

  afterAll(() => e2e?.close());

  const rowsWithKey = async (idempotencyKey: string): Promise<number> =>
    (await e2e.db.query('SELECT count(*)::int AS n FROM feedback WHERE idempotency_key = $1', [idempotencyKey]))[0].n;

  it('replays the first answer to a retry, identically, and stores the item once', async () => {
    const payload = feedbackPayload({ text: 'Retry me' });
    const first = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'replay-1', payload });
    expect(first.statusCode).toBe(202);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const retry = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'replay-1', payload });
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.headers['content-type']).toMatch(/^application\/json/);
    expect(retry.json()).toEqual(first.json());
    expect(await rowsWithKey('replay-1')).toBe(1);
  });

  it('treats the same body with its keys in another order as the same request', async () => {
    const first = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'order-1', payload: { text: 'Order', customer: { email: 'order@example.test', name: 'O' } } });
    const retry = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'order-1', payload: { customer: { name: 'O', email: 'order@example.test' }, text: 'Order' } });
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
  });

  it('refuses the same key with a different body with 422 naming the header, storing nothing new', async () => {
    await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'mismatch-1', payload: feedbackPayload({ text: 'One' }) });
    const res = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'mismatch-1', payload: feedbackPayload({ text: 'Two' }) });
    expect(res.statusCode).toBe(422);
    expect(res.json().message).toContain('Idempotency-Key');
    expect(res.json().issues).toEqual([expect.objectContaining({ field: 'Idempotency-Key' })]);
    expect(await rowsWithKey('mismatch-1')).toBe(1);
  });

  it('lets two concurrent identical requests store one item: one answer is 202, the other a replay or 409', async () => {
    const payload = feedbackPayload({ text: 'Double click' });
    const answers = await Promise.all([1, 2, 3].map(() => submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'race-1', payload })));
    const fresh = answers.filter((r) => r.statusCode === 202 && !r.headers['idempotent-replayed']);
    expect(fresh).toHaveLength(1);
    for (const other of answers.filter((r) => r !== fresh[0])) {
      if (other.statusCode === 409) {
        expect(other.headers['retry-after']).toBeDefined();
        expect(other.json().message).toContain('Idempotency-Key');
      } else {
        expect(other.headers['idempotent-replayed']).toBe('true');
        expect(other.json()).toEqual(fresh[0].json());
      }
    }
    expect(await rowsWithKey('race-1')).toBe(1);
  });

  it('keeps the keys of two API keys apart', async () => {
    const other = await createApiKey(e2e, admin, 'Other client');
    const payload = feedbackPayload({ text: 'Shared key' });
    const mine = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'shared-1', payload });
    const theirs = await submitFeedback(e2e, { secret: other.secret, idempotencyKey: 'shared-1', payload });
    expect([mine.statusCode, theirs.statusCode]).toEqual([202, 202]);
    expect(theirs.headers['idempotent-replayed']).toBeUndefined();
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect(await feedbackCountFrom(e2e, other.apiKey.id)).toBe(1);
  });

  it('replays a 4xx answer too', async () => {
    const payload = { text: 'No customer' };
    const first = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'invalid-1', payload });
    expect(first.statusCode).toBe(400);
    const retry = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'invalid-1', payload });
    expect(retry.statusCode).toBe(400);
    expect(retry.headers['idempotent-replayed']).toBe('true');
    expect(retry.json()).toEqual(first.json());
  });

  it('does not keep a 5xx answer, so the retry runs anew', async () => {
    const intake = e2e.app.get(IntakeService);
    const spy = jest.spyOn(intake, 'accept').mockRejectedValueOnce(new Error('disk on fire'));
    const payload = feedbackPayload({ text: 'After an outage' });
    const failed = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'crash-1', payload });
    expect(failed.statusCode).toBe(500);
    const retry = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'crash-1', payload });
    expect(retry.statusCode).toBe(202);
    expect(retry.headers['idempotent-replayed']).toBeUndefined();
    expect(await rowsWithKey('crash-1')).toBe(1);
    spy.mockRestore();
  });

  it('answers 409 while a request with the key is in progress, and lets a retry take over an abandoned one', async () => {
    const payload = feedbackPayload({ text: 'Stuck' });
    const hash = requestHash('POST', FEEDBACK_URL, payload);
    await e2e.db.query(
      `INSERT INTO idempotency_key (scope, key, request_hash, status, expires_at) VALUES ($1, 'stuck-1', $2, 'in_progress', now() + interval '1 day')`,
      [key.apiKey.id, hash],
    );
    const busy = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'stuck-1', payload });
    expect(busy.statusCode).toBe(409);
    await e2e.db.query(`UPDATE idempotency_key SET created_at = now() - interval '10 minutes' WHERE key = 'stuck-1'`);
    const retry = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'stuck-1', payload });
    expect(retry.statusCode).toBe(202);
  });

  it('treats a key older than 24 hours as new', async () => {
    await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'old-1', payload: feedbackPayload({ text: 'Yesterday' }) });
    await e2e.db.query(`UPDATE idempotency_key SET created_at = now() - interval '25 hours', expires_at = now() - interval '1 hour' WHERE key = 'old-1'`);
    const res = await submitFeedback(e2e, { secret: key.secret, idempotencyKey: 'old-1', payload: feedbackPayload({ text: 'Today' }) });
    expect(res.statusCode).toBe(202);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    expect(await rowsWithKey('old-1')).toBe(2);
  });

  it('purges expired keys and keeps live ones', async () => {
    await e2e.db.query(
      `INSERT INTO idempotency_key (scope, key, request_hash, status, expires_at) VALUES ('purge', 'gone', 'h', 'completed', now() - interval '1 minute'), ('purge', 'kept', 'h', 'completed', now() + interval '1 hour')`,
    );
    expect(await e2e.app.get(IdempotencyService).purgeExpired()).toBeGreaterThanOrEqual(1);
    const left = await e2e.db.query(`SELECT key FROM idempotency_key WHERE scope = 'purge'`);
    expect(left).toEqual([{ key: 'kept' }]);
  });

  it('records the answer, not the secret', async () => {
    const rows = await e2e.db.query('SELECT * FROM idempotency_key');
    expect(JSON.stringify(rows)).not.toContain(key.secret);
  });
});
