import { randomUUID } from 'node:crypto';
import type { FeedbackForm, FormInput } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { FORMS_URL, SHOP, formInput } from './support/intake-forms';

const RATE_LIMIT = 5;

describe('forms and widget (channels 2 and 5)', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_forms', { FORM_RATE_LIMIT: String(RATE_LIMIT) });
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  async function createForm(overrides: Partial<FormInput> = {}): Promise<FeedbackForm> {
    const res = await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: formInput(overrides) });
    expect(res.statusCode).toBe(201);
    return res.json();
  }

  // Each test answers from its own IP, so the rate limit only bites where a test wants it to.
  let ipCounter = 1;
  const nextIp = () => `10.1.${Math.floor(ipCounter / 250)}.${(ipCounter++ % 250) + 1}`;

  function submit(slug: string, payload: unknown, options: { key?: string | null; origin?: string; ip?: string } = {}) {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.key !== null) headers['idempotency-key'] = options.key ?? randomUUID();
    if (options.origin) headers.origin = options.origin;
    return e2e.request({ method: 'POST', url: `${FORMS_URL}/${slug}/submissions`, headers, payload: JSON.stringify(payload), remoteAddress: options.ip ?? nextIp() });
  }

  describe('admin CRUD', () => {
    it('creates, lists, reads, updates and deletes a form, auditing each change', async () => {
      const form = await createForm({ name: 'Onboarding CSAT', kind: 'csat' });
      expect(form).toMatchObject({ name: 'Onboarding CSAT', kind: 'csat', allowedOrigins: [SHOP], responseCount: 0, lastResponseAt: null });

      const list = await e2e.request({ method: 'GET', url: FORMS_URL, cookie: admin });
      expect(list.json().map((f: FeedbackForm) => f.id)).toContain(form.id);

      const updated = await e2e.request({ method: 'PUT', url: `${FORMS_URL}/${form.id}`, cookie: admin, payload: formInput({ slug: form.slug, name: 'Renamed', kind: 'csat' }) });
      expect(updated.statusCode).toBe(200);
      expect(updated.json()).toMatchObject({ id: form.id, name: 'Renamed' });

      const removed = await e2e.request({ method: 'DELETE', url: `${FORMS_URL}/${form.id}`, cookie: admin });
      expect(removed.statusCode).toBe(204);
      expect((await e2e.request({ method: 'GET', url: `${FORMS_URL}/${form.id}`, cookie: admin })).statusCode).toBe(404);

      const outbox = await e2e.db.query(`SELECT payload->>'action' AS action FROM outbox_message WHERE payload->>'targetId' = $1 ORDER BY created_at`, [form.id]);
      expect(outbox.map((r: { action: string }) => r.action)).toEqual(['intake.form.created', 'intake.form.updated', 'intake.form.deleted']);
    });

    it('refuses a taken slug with 409 naming slug', async () => {
      const form = await createForm();
      const res = await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: formInput({ slug: form.slug }) });
      expect(res.statusCode).toBe(409);
      expect(res.json().issues).toEqual([{ field: 'slug', message: 'is already used by another form' }]);
    });

    it.each([
      ['slug', { slug: 'Not A Slug' }],
      ['branding.accentColor', { branding: { title: 't', intro: '', accentColor: 'blue', logoUrl: null, thankYouMessage: 'x' } }],
      ['allowedOrigins.0', { allowedOrigins: ['https://shop.example.com/path'] }],
      ['questions.comment', { kind: 'free_text' as const }],
    ])('refuses an invalid form with 400 naming %s', async (field, overrides) => {
      const res = await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: formInput(overrides) });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues.map((i: { field: string }) => i.field)).toContain(field);
    });

    it('refuses a single-choice question without options, naming it', async () => {
      const questions = { score: { label: 'Score?' }, comment: null, extra: [{ id: 'x', kind: 'single_choice', label: 'Pick', required: false, options: ['only'] }] };
      const res = await e2e.request({ method: 'POST', url: FORMS_URL, cookie: admin, payload: { ...formInput(), questions } });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'questions.extra.0.options', message: 'needs at least 2 options' }]);
    });

    it('lets owners read but not write, members and executives neither, and asks strangers to sign in', async () => {
      const form = await createForm();
      const owner = await e2e.signIn('owner');
      expect((await e2e.request({ method: 'GET', url: FORMS_URL, cookie: owner })).statusCode).toBe(200);
      expect((await e2e.request({ method: 'POST', url: FORMS_URL, cookie: owner, payload: formInput() })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'PUT', url: `${FORMS_URL}/${form.id}`, cookie: owner, payload: formInput() })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'DELETE', url: `${FORMS_URL}/${form.id}`, cookie: owner })).statusCode).toBe(403);
      for (const role of ['member', 'executive'] as const) {
        const cookie = await e2e.signIn(role);
        expect((await e2e.request({ method: 'GET', url: FORMS_URL, cookie })).statusCode).toBe(403);
      }
      expect((await e2e.request({ method: 'GET', url: FORMS_URL })).statusCode).toBe(401);
      expect((await e2e.request({ method: 'POST', url: FORMS_URL, payload: formInput() })).statusCode).toBe(401);
    });
  });

  describe('public definition', () => {
    it('shows an active form without its name or origins, and 404 once it is closed', async () => {
      const form = await createForm();
      const res = await e2e.request({ method: 'GET', url: `${FORMS_URL}/${form.slug}/public` });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({
        slug: form.slug,
        kind: 'nps',
        questions: form.questions,
        branding: form.branding,
        askEmail: 'optional',
        conversationEnabled: false,
      });
      await e2e.request({ method: 'PUT', url: `${FORMS_URL}/${form.id}`, cookie: admin, payload: formInput({ slug: form.slug, active: false }) });
      expect((await e2e.request({ method: 'GET', url: `${FORMS_URL}/${form.slug}/public` })).statusCode).toBe(404);
      expect((await submit(form.slug, { via: 'hosted', score: 9, answers: { plan: 'Pro' } })).statusCode).toBe(404);
    });
  });

  describe('submissions', () => {
    let form: FeedbackForm;
    beforeAll(async () => {
      form = await createForm();
    });

    it('stores a widget answer as widget feedback for the form, with the answers as metadata', async () => {
      const res = await submit(
        form.slug,
        { via: 'widget', score: 9, comment: 'Fast checkout', answers: { plan: 'Pro' }, email: 'ada@example.test', pageUrl: `${SHOP}/cart` },
        { origin: SHOP },
      );
      expect(res.statusCode).toBe(202);
      const body = res.json();
      expect(body).toEqual({ id: expect.any(String), conversationReference: expect.stringMatching(/^FC-/), receivedAt: expect.any(String), thankYouMessage: 'Thanks!', chat: null });
      const [row] = await e2e.db.query(
        `SELECT f.channel, f.source, f.text, f.score_scale, f.score_value, f.metadata, i.value AS email
         FROM feedback f JOIN customer_identity i ON i.customer_id = f.customer_id AND i.kind = 'email' WHERE f.id = $1`,
        [body.id],
      );
      expect(row).toEqual({
        channel: 'widget',
        source: `form:${form.id}`,
        text: 'Fast checkout',
        score_scale: 'nps',
        score_value: 9,
        metadata: { form: form.slug, via: 'widget', pageUrl: `${SHOP}/cart`, 'answer.plan': 'Pro' },
        email: 'ada@example.test',
      });
      const listed = await e2e.request({ method: 'GET', url: `${FORMS_URL}/${form.id}`, cookie: admin });
      expect(listed.json()).toMatchObject({ responseCount: 1, lastResponseAt: expect.any(String) });
    });

    it('stores a hosted-page answer as web_form feedback, anonymous ones on one customer per visitor', async () => {
      const visitorId = `v-${randomUUID()}`;
      const first = await submit(form.slug, { via: 'hosted', score: 3, answers: { plan: 'Free' }, visitorId });
      const second = await submit(form.slug, { via: 'hosted', score: 4, answers: { plan: 'Free' }, visitorId });
      expect([first.statusCode, second.statusCode]).toEqual([202, 202]);
      const rows = await e2e.db.query(`SELECT channel, customer_id, text FROM feedback WHERE id = ANY($1)`, [[first.json().id, second.json().id]]);
      expect(rows.map((r: { channel: string }) => r.channel)).toEqual(['web_form', 'web_form']);
      expect(rows[0].customer_id).toBe(rows[1].customer_id);
      expect(rows[0].text).toBe('');
    });

    it.each([
      ['score', { via: 'widget', answers: { plan: 'Pro' } }, 'is required'],
      ['score', { via: 'widget', score: 11, answers: { plan: 'Pro' } }, 'Too big: expected number to be <=10'],
      ['answers.plan', { via: 'widget', score: 5 }, 'is required'],
      ['answers.plan', { via: 'widget', score: 5, answers: { plan: 'Gold' } }, 'must be one of: Free, Pro'],
      ['answers.color', { via: 'widget', score: 5, answers: { plan: 'Pro', color: 'red' } }, 'is not a question of this form'],
      ['email', { via: 'widget', score: 5, answers: { plan: 'Pro' }, email: 'not-an-email' }, 'Invalid email address'],
      ['via', { score: 5, answers: { plan: 'Pro' } }, expect.any(String)],
      ['bogus', { via: 'widget', score: 5, answers: { plan: 'Pro' }, bogus: 1 }, expect.any(String)],
    ])('refuses a bad answer with 400 naming %s', async (field, payload, message) => {
      const res = await submit(form.slug, payload, { origin: SHOP });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual(expect.arrayContaining([{ field, message }]));
    });

    it('checks the scale of the form: CSAT is 1 to 5', async () => {
      const csat = await createForm({ kind: 'csat', questions: { score: { label: 'Happy?' }, comment: null, extra: [] } });
      const res = await submit(csat.slug, { via: 'hosted', score: 6 });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'score', message: 'must be between 1 and 5 on the csat scale' }]);
    });

    it('requires an Idempotency-Key and replays the first answer for a retry with the same key', async () => {
      const missing = await submit(form.slug, { via: 'widget', score: 7, answers: { plan: 'Pro' } }, { key: null });
      expect(missing.statusCode).toBe(400);
      expect(missing.json().issues).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/^is required/) }]);

      const key = randomUUID();
      const payload = { via: 'widget', score: 7, comment: 'Once', answers: { plan: 'Pro' } };
      const first = await submit(form.slug, payload, { key, origin: SHOP });
      const retry = await submit(form.slug, payload, { key, origin: SHOP });
      expect(retry.statusCode).toBe(202);
      expect(retry.headers['idempotent-replayed']).toBe('true');
      expect(retry.json().id).toBe(first.json().id);
      const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE text = 'Once' AND source = $1`, [`form:${form.id}`]);
      expect(n).toBe(1);
      const other = await submit(form.slug, { ...payload, comment: 'Twice' }, { key, origin: SHOP });
      expect(other.statusCode).toBe(422);
    });

    it('needs JSON (415)', async () => {
      const res = await e2e.request({
        method: 'POST',
        url: `${FORMS_URL}/${form.slug}/submissions`,
        headers: { 'content-type': 'text/plain', 'idempotency-key': randomUUID() },
        payload: 'score=9',
        remoteAddress: nextIp(),
      });
      expect(res.statusCode).toBe(415);
    });
  });

  describe('origin allow-list and CORS', () => {
    let form: FeedbackForm;
    beforeAll(async () => {
      form = await createForm();
    });
    const answer = { via: 'widget', score: 8, answers: { plan: 'Pro' } };

    it('answers a preflight from an allowed origin with its CORS headers, without credentials', async () => {
      const res = await e2e.request({
        method: 'OPTIONS',
        url: `${FORMS_URL}/${form.slug}/submissions`,
        headers: { origin: SHOP, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type,idempotency-key' },
      });
      expect(res.statusCode).toBe(204);
      expect(res.headers['access-control-allow-origin']).toBe(SHOP);
      expect(res.headers['access-control-allow-headers']).toContain('Idempotency-Key');
      expect(res.headers['access-control-allow-credentials']).toBeUndefined();
    });

    it('gives an allowed origin the header on the answer itself', async () => {
      const res = await submit(form.slug, answer, { origin: SHOP });
      expect(res.statusCode).toBe(202);
      expect(res.headers['access-control-allow-origin']).toBe(SHOP);
      expect(res.headers.vary).toContain('Origin');
    });

    it('gives any other origin no CORS header and refuses its answer with 403', async () => {
      const preflight = await e2e.request({
        method: 'OPTIONS',
        url: `${FORMS_URL}/${form.slug}/submissions`,
        headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' },
      });
      expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
      const res = await submit(form.slug, answer, { origin: 'https://evil.example' });
      expect(res.statusCode).toBe(403);
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      expect(res.json().message).toContain('https://evil.example');
    });

    it("does not let one form's origin post to another form", async () => {
      const other = await createForm({ allowedOrigins: ['https://other.example'] });
      expect((await submit(other.slug, answer, { origin: SHOP })).statusCode).toBe(403);
    });

    it('accepts the hosted page, which posts from the product itself', async () => {
      const res = await submit(form.slug, { ...answer, via: 'hosted' }, { origin: 'http://localhost' });
      expect(res.statusCode).toBe(202);
    });

    it('keeps staff routes closed to widget origins', async () => {
      const res = await e2e.request({ method: 'GET', url: FORMS_URL, cookie: admin, headers: { origin: SHOP } });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
    });
  });

  describe('rate limit', () => {
    it(`answers 429 with Retry-After past ${RATE_LIMIT} answers a minute from one IP to one form`, async () => {
      const form = await createForm();
      const ip = '10.9.9.9';
      const statuses: number[] = [];
      for (let i = 0; i < RATE_LIMIT + 1; i++) statuses.push((await submit(form.slug, { via: 'hosted', score: 5, answers: { plan: 'Pro' } }, { ip })).statusCode);
      expect(statuses).toEqual([...Array(RATE_LIMIT).fill(202), 429]);
      const limited = await submit(form.slug, { via: 'hosted', score: 5, answers: { plan: 'Pro' } }, { ip });
      expect(limited.statusCode).toBe(429);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      // Another IP, or the same IP on another form, is not limited.
      expect((await submit(form.slug, { via: 'hosted', score: 5, answers: { plan: 'Pro' } })).statusCode).toBe(202);
      const other = await createForm();
      expect((await submit(other.slug, { via: 'hosted', score: 5, answers: { plan: 'Pro' } }, { ip })).statusCode).toBe(202);
    });
  });

  describe('chat mode', () => {
    let form: FeedbackForm;
    beforeAll(async () => {
      form = await createForm({ conversationEnabled: true });
    });

    function chat(method: 'GET' | 'POST', token: string | null, payload?: unknown, origin = SHOP) {
      const headers: Record<string, string> = { origin };
      if (token !== null) headers.authorization = `Bearer ${token}`;
      if (payload !== undefined) headers['content-type'] = 'application/json';
      return e2e.request({ method, url: '/api/intake/chat/messages', headers, payload: payload === undefined ? undefined : JSON.stringify(payload), remoteAddress: nextIp() });
    }

    it('opens a conversation with the first answer; follow-ups land on it as chat feedback', async () => {
      const first = await submit(form.slug, { via: 'widget', score: 4, comment: 'Checkout failed', answers: { plan: 'Pro' }, email: 'grace@example.test' }, { origin: SHOP });
      expect(first.statusCode).toBe(202);
      const { id, chat: access } = first.json();
      expect(access).toEqual({ token: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) });
      const [conversation] = await e2e.db.query(`SELECT c.id, c.access_token_hash FROM conversation c JOIN feedback f ON f.conversation_id = c.id WHERE f.id = $1`, [id]);
      expect(conversation.access_token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(conversation.access_token_hash).not.toContain(access.token);

      const followUp = await chat('POST', access.token, { text: 'It says card declined' });
      expect(followUp.statusCode).toBe(202);
      expect(followUp.headers['access-control-allow-origin']).toBe(SHOP);
      expect(followUp.json()).toEqual({ id: expect.any(String), author: 'customer', text: 'It says card declined', sentAt: expect.any(String) });
      const [row] = await e2e.db.query(`SELECT channel, conversation_id, source, customer_id FROM feedback WHERE id = $1`, [followUp.json().id]);
      const [origin] = await e2e.db.query(`SELECT customer_id FROM feedback WHERE id = $1`, [id]);
      expect(row).toEqual({ channel: 'chat', conversation_id: conversation.id, source: `form:${form.id}`, customer_id: origin.customer_id });

      const listed = await chat('GET', access.token);
      expect(listed.statusCode).toBe(200);
      expect(listed.json().messages.map((m: { text: string; author: string }) => [m.author, m.text])).toEqual([
        ['customer', 'Checkout failed'],
        ['customer', 'It says card declined'],
      ]);
    });

    it('refuses follow-ups without a token (401), with an unknown one (403) and from another origin (403)', async () => {
      const first = await submit(form.slug, { via: 'widget', score: 4, answers: { plan: 'Pro' } }, { origin: SHOP });
      const token = first.json().chat.token;
      expect((await chat('POST', null, { text: 'hi' })).statusCode).toBe(401);
      expect((await chat('GET', null)).statusCode).toBe(401);
      expect((await chat('POST', 'x'.repeat(43), { text: 'hi' })).statusCode).toBe(403);
      expect((await chat('GET', 'x'.repeat(43))).statusCode).toBe(403);
      expect((await chat('POST', token, { text: 'hi' }, 'https://evil.example')).statusCode).toBe(403);
      const bad = await chat('POST', token, { text: '' });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues).toEqual([{ field: 'text', message: 'is required' }]);
    });

    it('gives no chat token when the form has chat off, and closes chat when it is turned off', async () => {
      const first = await submit(form.slug, { via: 'widget', score: 4, answers: { plan: 'Pro' } }, { origin: SHOP });
      const token = first.json().chat.token;
      await e2e.request({ method: 'PUT', url: `${FORMS_URL}/${form.id}`, cookie: admin, payload: formInput({ slug: form.slug, conversationEnabled: false }) });
      expect((await chat('POST', token, { text: 'still there?' })).statusCode).toBe(403);
      const plain = await submit(form.slug, { via: 'widget', score: 4, answers: { plan: 'Pro' } }, { origin: SHOP });
      expect(plain.json().chat).toBeNull();
    });
  });

  describe('channel setup', () => {
    it('reports forms, widget and chat as live on the Channels page', async () => {
      await createForm({ conversationEnabled: true });
      const res = await e2e.request({ method: 'GET', url: '/api/intake/channels', cookie: admin });
      const byChannel = new Map(res.json().channels.map((c: { channel: string }) => [c.channel, c]));
      expect(byChannel.get('web_form')).toMatchObject({ state: 'live', summary: expect.stringMatching(/active forms?$/) });
      expect(byChannel.get('widget')).toMatchObject({ state: 'live', endpoints: [{ label: 'Script tag', value: expect.stringContaining('/widget.js') }] });
      expect(byChannel.get('chat')).toMatchObject({ state: 'live' });
      expect(byChannel.get('widget')).toMatchObject({ accepted24h: expect.any(Number) });
      expect((byChannel.get('widget') as { accepted24h: number }).accepted24h).toBeGreaterThan(0);
    });
  });
});
