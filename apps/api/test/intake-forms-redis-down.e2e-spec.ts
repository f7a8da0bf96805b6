import { randomUUID } from 'node:crypto';
import type { FeedbackForm } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { FORMS_URL, SHOP, formInput } from './support/intake-forms';
import { type OwnRedis, startOwnRedis } from './support/redis-server';
import { waitFor } from './support/wait-for';

describe('forms and chat while Redis is down', () => {
  let redis: OwnRedis;
  let e2e: E2eApp;
  let form: FeedbackForm;

  beforeAll(async () => {
    redis = await startOwnRedis();
    e2e = await startE2eApp('intake_forms_redis_down', { REDIS_URL: redis.url, FORM_RATE_LIMIT: '2' });
    const admin = await e2e.signIn('admin');
    form = (await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: formInput({ conversationEnabled: true }) })).json();
  });

  afterAll(async () => {
    // the app's Redis clients close cleanly only with Redis up
    await redis?.start().catch(() => undefined);
    await e2e?.close();
    await redis?.stop();
  });

  it('keeps taking answers and follow-ups (the rate limit steps aside) until Redis is back', async () => {
    await redis.stop();
    const submit = () =>
      e2e.request({
        method: 'POST',
        url: `${FORMS_URL}/${form.slug}/submissions`,
        headers: { 'content-type': 'application/json', 'idempotency-key': randomUUID(), origin: SHOP },
        payload: { via: 'widget', score: 6, answers: { plan: 'Pro' } },
        remoteAddress: '10.7.7.7',
      });
    // Past the limit of 2 a minute: nothing counts while Redis is away.
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await submit()).statusCode);
    expect(statuses).toEqual([202, 202, 202, 202]);

    const first = await submit();
    expect(first.headers['access-control-allow-origin']).toBe(SHOP);
    const followUp = await e2e.request({
      method: 'POST',
      url: '/api/intake/chat/messages',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${first.json().chat.token}`, origin: SHOP },
      payload: { text: 'Still there?' },
    });
    expect(followUp.statusCode).toBe(202);

    await redis.start();
    await waitFor('readiness back to ok', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/health/ready' });
      return res.json().status === 'ok' ? true : undefined;
    });
    // Back: the limit holds again.
    const again = [];
    for (let i = 0; i < 3; i++) again.push((await submit()).statusCode);
    expect(again).toEqual([202, 202, 429]);
  });
});
