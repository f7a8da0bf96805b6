// Channel 7: social and review sources. Deliveries are signed with node:crypto the way a sender
// would (HMAC-SHA256 of "<t>.<raw body>") and posted over real HTTP to a listening server.
import { createHmac, randomUUID } from 'node:crypto';
import { WEBHOOK_MAPPING_PRESETS, type WebhookSource, type WebhookSourceWithSecret } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const SOURCES_URL = '/api/intake/webhook-sources';
const reviewPreset = WEBHOOK_MAPPING_PRESETS.find((p) => p.id === 'review')!;
const socialPreset = WEBHOOK_MAPPING_PRESETS.find((p) => p.id === 'social')!;

const sign = (secret: string, body: string, t = Math.floor(Date.now() / 1000)) =>
  `t=${t},v1=${createHmac('sha256', secret).update(`${t}.${body}`).digest('hex')}`;

function review(overrides: Partial<{ id: string; text: string; stars: number | string; consumer: string }> = {}) {
  const id = overrides.id ?? `rv_${randomUUID()}`;
  return {
    event: 'service-review-created',
    review: {
      id,
      title: 'Delayed but well handled',
      text: overrides.text ?? 'Two hours late, but the crew kept us informed and handed out vouchers.',
      stars: overrides.stars ?? 4,
      language: 'en-GB',
      createdAt: '2026-11-20T09:15:00Z',
      link: `https://reviews.example.com/reviews/${id}`,
    },
    consumer: { id: overrides.consumer ?? `c_${randomUUID().slice(0, 8)}`, displayName: 'Jane D.' },
  };
}

describe('social and review webhooks (POST /api/intake/webhooks/:sourceId)', () => {
  let e2e: E2eApp;
  let base: string;
  let admin: string;
  let reviews: WebhookSourceWithSecret;
  let social: WebhookSourceWithSecret;

  const createSource = async (body: Record<string, unknown>, cookie = admin) =>
    e2e.request({ method: 'POST', url: SOURCES_URL, cookie, payload: body });

  /** Posts exactly these bytes, as a platform's HTTP client would. */
  const deliver = async (sourceId: string, body: string, signature: string | null, contentType = 'application/json') => {
    const res = await fetch(`${base}/api/intake/webhooks/${sourceId}`, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(signature === null ? {} : { 'fullcircle-signature': signature }) },
      body,
    });
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- answers are asserted field by field
    return { status: res.status, json: (await res.json()) as Record<string, any> };
  };

  beforeAll(async () => {
    e2e = await startE2eApp('intake_webhooks', { SECRETS_KEY: 'test-secrets-key-0123456789abcdef-xyz' });
    await e2e.app.listen({ port: 0, host: '127.0.0.1' });
    base = await e2e.app.getUrl();
    base = base.replace('[::1]', '127.0.0.1');
    admin = await e2e.signIn('admin');
    reviews = (await createSource({ name: 'Reviews', kind: 'review', network: 'trustpilot', mapping: reviewPreset.mapping })).json();
    social = (await createSource({ name: 'Mentions', kind: 'social', network: 'twitter', mapping: socialPreset.mapping })).json();
  });

  afterAll(() => e2e?.close());

  const feedbackFor = (sourceId: string) =>
    e2e.db.query(
      `SELECT f.id, f.channel, f.source, f.subject, f.text, f.score_scale, f.score_value, f.language, f.received_at, f.metadata, f.external_message_id
         FROM feedback f WHERE f.source = $1 ORDER BY f.received_at`,
      [`webhook:${sourceId}`],
    );

  describe('accepting', () => {
    it('stores a signed review as review feedback, mapped field by field, with the author as a handle identity', async () => {
      const payload = review({ stars: 5, consumer: 'c_mapped' });
      const body = JSON.stringify(payload);
      const res = await deliver(reviews.source.id, body, sign(reviews.secret, body));
      expect(res.status).toBe(202);
      expect(res.json).toMatchObject({ channel: 'review', status: 'accepted' });

      const [row] = await e2e.db.query(`SELECT * FROM feedback WHERE id = $1`, [res.json.id]);
      expect(row).toMatchObject({
        channel: 'review',
        source: `webhook:${reviews.source.id}`,
        subject: 'Delayed but well handled',
        text: payload.review.text,
        score_scale: 'csat',
        score_value: 5,
        language: 'en',
        external_message_id: `${reviews.source.id}:${payload.review.id}`,
      });
      expect(row.received_at.toISOString()).toBe('2026-11-20T09:15:00.000Z');
      expect(row.metadata).toMatchObject({ network: 'trustpilot', url: payload.review.link });
      const identities = await e2e.db.query(`SELECT kind, value FROM customer_identity WHERE customer_id = $1`, [res.json.customerId]);
      expect(identities).toEqual([{ kind: 'handle', value: 'trustpilot:c_mapped' }]);
    });

    it('converts a 1–10 rating onto CSAT when the mapping says the payload rates 1–10', async () => {
      const created = (
        await createSource({
          name: 'Ten point',
          kind: 'review',
          network: 'google',
          mapping: { ...reviewPreset.mapping, score: { path: 'review.stars', scale: 'csat', from: { min: 1, max: 10 } } },
        })
      ).json() as WebhookSourceWithSecret;
      const body = JSON.stringify(review({ stars: '10' }));
      const res = await deliver(created.source.id, body, sign(created.secret, body));
      expect(res.status).toBe(202);
      const [row] = await e2e.db.query(`SELECT score_scale, score_value FROM feedback WHERE id = $1`, [res.json.id]);
      expect(row).toEqual({ score_scale: 'csat', score_value: 5 });
    });

    it('puts a social source into the social channel, reading array indexes in paths', async () => {
      const body = JSON.stringify({
        data: { id: `tw-${randomUUID()}`, text: '@FullcircleAir where is my bag?', created_at: '2026-11-21T10:00:00Z', lang: 'en' },
        includes: { users: [{ username: '@BagLess', name: 'Bag Less' }] },
      });
      const res = await deliver(social.source.id, body, sign(social.secret, body));
      expect(res.status).toBe(202);
      expect(res.json.channel).toBe('social');
      const identities = await e2e.db.query(`SELECT kind, value FROM customer_identity WHERE customer_id = $1`, [res.json.customerId]);
      expect(identities).toEqual([{ kind: 'handle', value: 'twitter:bagless' }]);
    });

    it('verifies the exact bytes sent: whitespace and unicode the JSON parser would normalise still match', async () => {
      const payload = review({ text: 'Crème brûlée on board 😀 and "quotes"' });
      const body = `{\n  "event" : "x",\n  "review": ${JSON.stringify(payload.review, null, 4)},   "consumer": ${JSON.stringify(payload.consumer)}\n}`;
      const res = await deliver(reviews.source.id, body, sign(reviews.secret, body));
      expect(res.status).toBe(202);
      const [row] = await e2e.db.query(`SELECT text FROM feedback WHERE id = $1`, [res.json.id]);
      expect(row.text).toBe('Crème brûlée on board 😀 and "quotes"');
    });

    it('records the delivery time on the source', async () => {
      const list = (await e2e.request({ method: 'GET', url: SOURCES_URL, cookie: admin })).json() as WebhookSource[];
      expect(list.find((s) => s.id === reviews.source.id)?.lastDeliveryAt).not.toBeNull();
    });
  });

  describe('duplicates and replays', () => {
    it('answers a re-sent message id (freshly signed) with the first item and stores nothing new', async () => {
      const payload = review();
      const body = JSON.stringify(payload);
      const first = await deliver(reviews.source.id, body, sign(reviews.secret, body));
      expect(first.status).toBe(202);
      // A second delivery a second later: a new signature, the same review id (edited text even).
      const again = JSON.stringify({ ...payload, review: { ...payload.review, text: 'edited' } });
      const second = await deliver(reviews.source.id, again, sign(reviews.secret, again, Math.floor(Date.now() / 1000) - 1));
      expect(second.status).toBe(200);
      expect(second.json.id).toBe(first.json.id);
      const rows = await e2e.db.query(`SELECT id FROM feedback WHERE external_message_id = $1`, [`${reviews.source.id}:${payload.review.id}`]);
      expect(rows).toHaveLength(1);
    });

    it('rejects the very same signed request sent twice with 409', async () => {
      const body = JSON.stringify(review());
      const signature = sign(reviews.secret, body);
      expect((await deliver(reviews.source.id, body, signature)).status).toBe(202);
      const replay = await deliver(reviews.source.id, body, signature);
      expect(replay.status).toBe(409);
      expect(replay.json.message).toMatch(/already delivered/);
    });

    it('lets a sender retry the same signed request when the first attempt was refused', async () => {
      const payload = review();
      const broken = JSON.stringify({ ...payload, review: { ...payload.review, text: undefined } });
      const signature = sign(reviews.secret, broken);
      expect((await deliver(reviews.source.id, broken, signature)).status).toBe(422);
      // Still 422 (not 409): the refused attempt did not use the signature up.
      expect((await deliver(reviews.source.id, broken, signature)).status).toBe(422);
    });

    it('keeps the same platform id apart between two sources', async () => {
      const other = (await createSource({ name: 'Reviews 2', kind: 'review', network: 'google', mapping: reviewPreset.mapping })).json() as WebhookSourceWithSecret;
      const body = JSON.stringify(review({ id: 'shared-id-1' }));
      const a = await deliver(reviews.source.id, body, sign(reviews.secret, body));
      const b = await deliver(other.source.id, body, sign(other.secret, body));
      expect([a.status, b.status]).toEqual([202, 202]);
      expect(a.json.id).not.toBe(b.json.id);
    });
  });

  describe('refusing', () => {
    const body = JSON.stringify(review());

    it.each([
      ['no signature header', null],
      ['a malformed header', 'v1=abc'],
      ['a header without v1', `t=${Math.floor(Date.now() / 1000)}`],
      ['another secret', sign('whsec_not-the-secret', body)],
    ])('answers 403 for %s and stores nothing', async (_case, signature) => {
      const before = (await feedbackFor(reviews.source.id)).length;
      const res = await deliver(reviews.source.id, body, signature);
      expect(res.status).toBe(403);
      expect(res.json.message).toMatch(/Fullcircle-Signature/);
      expect(await feedbackFor(reviews.source.id)).toHaveLength(before);
    });

    it('answers 403 when the body was changed after signing', async () => {
      const signature = sign(reviews.secret, body);
      const res = await deliver(reviews.source.id, body.replace('Delayed', 'Dalayed'), signature);
      expect(res.status).toBe(403);
    });

    it('answers 403 for a stale timestamp, saying how old it is', async () => {
      const t = Math.floor(Date.now() / 1000) - 6 * 60;
      const res = await deliver(reviews.source.id, body, sign(reviews.secret, body, t));
      expect(res.status).toBe(403);
      expect(res.json.message).toMatch(/timestamp is 36\d seconds old; the tolerance is 300 seconds/);
    });

    it('answers 403 for a timestamp too far in the future', async () => {
      const t = Math.floor(Date.now() / 1000) + 10 * 60;
      const res = await deliver(reviews.source.id, body, sign(reviews.secret, body, t));
      expect(res.status).toBe(403);
      expect(res.json.message).toMatch(/in the future/);
    });

    it('answers 404 for an unknown source, a malformed id and a deactivated source', async () => {
      expect((await deliver(randomUUID(), body, sign(reviews.secret, body))).status).toBe(404);
      expect((await deliver('not-a-uuid', body, sign(reviews.secret, body))).status).toBe(404);
      const gone = (await createSource({ name: 'Gone', kind: 'review', network: 'yelp', mapping: reviewPreset.mapping })).json() as WebhookSourceWithSecret;
      const off = await e2e.request({ method: 'PATCH', url: `${SOURCES_URL}/${gone.source.id}`, cookie: admin, payload: { active: false } });
      expect(off.statusCode).toBe(200);
      expect(off.json().active).toBe(false);
      const res = await deliver(gone.source.id, body, sign(gone.secret, body));
      expect(res.status).toBe(404);
    });

    it('answers 422 naming the payload path a required field was mapped from', async () => {
      const payload = review();
      const noText = JSON.stringify({ ...payload, review: { ...payload.review, text: undefined } });
      const res = await deliver(reviews.source.id, noText, sign(reviews.secret, noText));
      expect(res.status).toBe(422);
      expect(res.json.issues).toEqual([{ field: 'review.text', message: 'is missing (mapped to text)' }]);
      expect(res.json.message).toMatch(/review\.text/);

      const noAuthor = JSON.stringify({ ...payload, consumer: {} });
      const res2 = await deliver(reviews.source.id, noAuthor, sign(reviews.secret, noAuthor));
      expect(res2.status).toBe(422);
      expect(res2.json.issues[0].field).toBe('consumer.id');

      const badStars = JSON.stringify({ ...payload, review: { ...payload.review, stars: 9 } });
      const res3 = await deliver(reviews.source.id, badStars, sign(reviews.secret, badStars));
      expect(res3.status).toBe(422);
      expect(res3.json.issues).toEqual([{ field: 'review.stars', message: 'must be between 1 and 5 (mapped to score)' }]);
    });

    it('answers 415 for a body that is not JSON, even when signed', async () => {
      const res = await deliver(reviews.source.id, 'text=hi', sign(reviews.secret, 'text=hi'), 'text/plain');
      expect(res.status).toBe(415);
    });

    it('answers 403 with the old secret after rotation, and accepts the new one', async () => {
      const rotating = (await createSource({ name: 'Rotating', kind: 'social', network: 'mastodon', mapping: socialPreset.mapping })).json() as WebhookSourceWithSecret;
      const rotated = await e2e.request({ method: 'POST', url: `${SOURCES_URL}/${rotating.source.id}/rotate-secret`, cookie: admin });
      expect(rotated.statusCode).toBe(200);
      const { secret, source } = rotated.json() as WebhookSourceWithSecret;
      expect(secret).not.toBe(rotating.secret);
      expect(source.secretPrefix).toBe(secret.slice(0, 10));
      expect(source.secretRotatedAt).not.toBeNull();
      const post = JSON.stringify({ data: { id: randomUUID(), text: 'hello' }, includes: { users: [{ username: 'someone' }] } });
      expect((await deliver(rotating.source.id, post, sign(rotating.secret, post))).status).toBe(403);
      expect((await deliver(rotating.source.id, post, sign(secret, post))).status).toBe(202);
    });
  });

  describe('admin API (/api/intake/webhook-sources)', () => {
    it('never returns the secret after creation, and stores it encrypted', async () => {
      const list = await e2e.request({ method: 'GET', url: SOURCES_URL, cookie: admin });
      expect(list.statusCode).toBe(200);
      expect(list.body).not.toContain(reviews.secret);
      const one = await e2e.request({ method: 'GET', url: `${SOURCES_URL}/${reviews.source.id}`, cookie: admin });
      expect(one.json()).toMatchObject({ id: reviews.source.id, kind: 'review', network: 'trustpilot', path: `/api/intake/webhooks/${reviews.source.id}` });
      expect(one.body).not.toContain(reviews.secret);
      const [row] = await e2e.db.query(`SELECT secret_sealed FROM webhook_source WHERE id = $1`, [reviews.source.id]);
      expect(row.secret_sealed).toMatch(/^enc:v1:/);
      expect(row.secret_sealed).not.toContain(reviews.secret.slice(6));
    });

    it('rejects mapping paths that are not dot paths, naming the field', async () => {
      const res = await createSource({
        name: 'Bad',
        kind: 'review',
        network: 'trustpilot',
        mapping: { ...reviewPreset.mapping, text: 'review..text', score: { path: 'a[x]', scale: 'csat' } },
      });
      expect(res.statusCode).toBe(400);
      const fields = (res.json().issues as { field: string }[]).map((i) => i.field);
      expect(fields).toEqual(expect.arrayContaining(['mapping.text', 'mapping.score.path']));
    });

    it('rejects a mapping with no way to know the author', async () => {
      const { authorHandle: _h, ...mapping } = reviewPreset.mapping;
      const res = await createSource({ name: 'Anonymous', kind: 'review', network: 'trustpilot', mapping });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues[0].field).toBe('mapping.authorHandle');
    });

    it('tests a mapping against a pasted sample without storing anything', async () => {
      const ok = await e2e.request({
        method: 'POST',
        url: `${SOURCES_URL}/test-mapping`,
        cookie: admin,
        payload: { network: 'trustpilot', mapping: reviewPreset.mapping, sample: JSON.stringify(reviewPreset.sample) },
      });
      expect(ok.statusCode).toBe(200);
      expect(ok.json()).toMatchObject({
        ok: true,
        item: { text: expect.any(String), score: { scale: 'csat', value: 4 }, customer: { handle: { network: 'trustpilot', handle: 'c_81723' }, name: 'Jane D.' } },
      });
      const missing = await e2e.request({
        method: 'POST',
        url: `${SOURCES_URL}/test-mapping`,
        cookie: admin,
        payload: { network: 'twitter', mapping: socialPreset.mapping, sample: JSON.stringify(reviewPreset.sample) },
      });
      expect(missing.json()).toMatchObject({ ok: false, issues: expect.arrayContaining([{ field: 'data.text', message: 'is missing (mapped to text)' }]) });
      const junk = await e2e.request({ method: 'POST', url: `${SOURCES_URL}/test-mapping`, cookie: admin, payload: { network: 'x', mapping: socialPreset.mapping, sample: '{oops' } });
      expect(junk.json()).toMatchObject({ ok: false, issues: [{ field: 'sample' }] });
    });

    it('updates the mapping and audits changes, creation and rotation', async () => {
      const res = await e2e.request({
        method: 'PATCH',
        url: `${SOURCES_URL}/${social.source.id}`,
        cookie: admin,
        payload: { name: 'X mentions', mapping: { ...socialPreset.mapping, metadata: { userId: 'includes.users[0].id' } } },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().mapping.metadata).toEqual({ userId: 'includes.users[0].id' });
      const audits = await e2e.db.query(
        `SELECT payload->>'action' AS action FROM outbox_message WHERE payload->>'targetId' = $1 ORDER BY created_at`,
        [social.source.id],
      );
      expect(audits.map((a: { action: string }) => a.action)).toEqual(['intake.webhook_source.created', 'intake.webhook_source.updated']);
    });

    it.each(['owner', 'member', 'executive'] as const)('answers 403 to a signed-in %s', async (role) => {
      const cookie = await e2e.signIn(role);
      expect((await e2e.request({ method: 'GET', url: SOURCES_URL, cookie })).statusCode).toBe(403);
      expect((await createSource({ name: 'X', kind: 'social', network: 'twitter', mapping: socialPreset.mapping }, cookie)).statusCode).toBe(403);
      expect((await e2e.request({ method: 'POST', url: `${SOURCES_URL}/${reviews.source.id}/rotate-secret`, cookie })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'PATCH', url: `${SOURCES_URL}/${reviews.source.id}`, cookie, payload: { active: false } })).statusCode).toBe(403);
    });

    it('answers 401 without a session', async () => {
      expect((await e2e.request({ method: 'GET', url: SOURCES_URL })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: SOURCES_URL, payload: {} })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: `${SOURCES_URL}/test-mapping`, payload: {} })).statusCode).toBe(401);
    });

    it('lists active sources of each kind on the Channels overview', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/intake/channels', cookie: admin });
      type Status = { channel: string; state: string; endpoints: { value: string }[]; recent: { source: string | null; status: number }[] };
      const byChannel = new Map((res.json().channels as Status[]).map((c) => [c.channel, c]));
      expect(byChannel.get('review')?.state).toBe('live');
      expect(byChannel.get('review')?.endpoints.map((e) => e.value)).toContain(`/api/intake/webhooks/${reviews.source.id}`);
      expect(byChannel.get('social')?.state).toBe('live');
      // Deliveries are shown under the source's own channel, refusals included.
      const reviewSources = new Set(byChannel.get('review')?.recent.map((d) => `${d.source} ${d.status}`));
      expect(reviewSources).toContain(`webhook:${reviews.source.id} 202`);
      expect(reviewSources).toContain(`webhook:${reviews.source.id} 403`);
      expect(byChannel.get('social')?.recent.map((d) => d.source)).toContain(`webhook:${social.source.id}`);
    });
  });
});
