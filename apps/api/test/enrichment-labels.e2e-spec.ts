import { randomUUID } from 'node:crypto';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('feedback labels (POST/GET /api/enrichment/feedback/:id/labels)', () => {
  let e2e: E2eApp;
  let admin: string;
  let member: string;
  let owner: string;
  let executive: string;
  let itemId: string;

  const url = (id: string) => `/api/enrichment/feedback/${id}/labels`;
  const post = (cookie: string | undefined, id: string, payload: unknown) => e2e.request({ method: 'POST', url: url(id), cookie, payload: payload as object });

  beforeAll(async () => {
    e2e = await startE2eApp('enrichment_labels');
    [admin, member, owner, executive] = await Promise.all([e2e.signIn('admin'), e2e.signIn('member'), e2e.signIn('owner'), e2e.signIn('executive')]);
    itemId = (await e2e.app.get(IntakeService).accept({ text: 'The app keeps logging me out', customer: { email: 'labels@example.com' } }, { channel: 'api', source: 'e2e' })).id;
  });

  afterAll(() => e2e?.close());

  it('corrects the sentiment, keeps the label and marks the value as a staff correction', async () => {
    const res = await post(member, itemId, { kind: 'sentiment', value: 'negative' });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ feedbackId: itemId, kind: 'sentiment', value: 'negative', source: 'correction', createdBy: { name: expect.any(String) } });
    const [row] = await e2e.db.query('SELECT sentiment, sentiment_score, sentiment_model FROM feedback WHERE id = $1', [itemId]);
    expect(row).toEqual({ sentiment: 'negative', sentiment_score: -1, sentiment_model: 'staff@correction' });
    // Audit events travel through the outbox (the worker writes them), committed with the change.
    const audits = await e2e.db.query(`SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'targetId' = $1`, [itemId]);
    expect(audits.map((a: { payload: { action: string } }) => a.payload.action)).toEqual(['enrichment.label.sentiment']);
  });

  it('corrects the topics (trimmed, lower-cased, deduplicated)', async () => {
    const res = await post(owner, itemId, { kind: 'topics', value: [' Login ', 'app', 'login'] });
    expect(res.statusCode).toBe(201);
    expect(res.json().value).toEqual(['app', 'login']);
    const [row] = await e2e.db.query('SELECT topics, topics_model FROM feedback WHERE id = $1', [itemId]);
    expect(row).toEqual({ topics: ['app', 'login'], topics_model: 'staff@correction' });
  });

  it('lists the label history newest first', async () => {
    await post(admin, itemId, { kind: 'sentiment', value: 'neutral' });
    const res = await e2e.request({ method: 'GET', url: url(itemId), cookie: member });
    expect(res.statusCode).toBe(200);
    const labels = res.json();
    expect(labels.map((l: { kind: string; value: unknown }) => [l.kind, l.value])).toEqual([
      ['sentiment', 'neutral'],
      ['topics', ['app', 'login']],
      ['sentiment', 'negative'],
    ]);
    const [row] = await e2e.db.query('SELECT sentiment FROM feedback WHERE id = $1', [itemId]);
    expect(row.sentiment).toBe('neutral');
  });

  it('lets admins and owners label the department, validating it exists', async () => {
    const [department] = await e2e.db.query('SELECT id FROM department ORDER BY name LIMIT 1');
    expect((await post(admin, itemId, { kind: 'department', value: department.id })).statusCode).toBe(201);
    expect((await post(owner, itemId, { kind: 'department', value: department.id })).statusCode).toBe(201);
    expect((await post(member, itemId, { kind: 'department', value: department.id })).statusCode).toBe(403);
    const unknown = await post(admin, itemId, { kind: 'department', value: randomUUID() });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([expect.objectContaining({ field: 'value' })]);
  });

  it('answers 400 naming the field for bad input', async () => {
    const badSentiment = await post(admin, itemId, { kind: 'sentiment', value: 'furious' });
    expect(badSentiment.statusCode).toBe(400);
    expect(badSentiment.json().issues.map((i: { field: string }) => i.field)).toContain('value');
    const badKind = await post(admin, itemId, { kind: 'urgency', value: 'high' });
    expect(badKind.statusCode).toBe(400);
    expect(badKind.json().issues.map((i: { field: string }) => i.field)).toContain('kind');
    const badTopics = await post(admin, itemId, { kind: 'topics', value: 'login' });
    expect(badTopics.statusCode).toBe(400);
    const badId = await post(admin, 'not-a-uuid', { kind: 'sentiment', value: 'positive' });
    expect(badId.statusCode).toBe(400);
    expect(badId.json().issues).toEqual([expect.objectContaining({ field: 'id' })]);
    const [row] = await e2e.db.query('SELECT sentiment FROM feedback WHERE id = $1', [itemId]);
    expect(row.sentiment).toBe('neutral');
  });

  it('answers 404 for an unknown item and writes nothing', async () => {
    const id = randomUUID();
    expect((await post(admin, id, { kind: 'sentiment', value: 'positive' })).statusCode).toBe(404);
    expect((await e2e.request({ method: 'GET', url: url(id), cookie: admin })).statusCode).toBe(404);
    const [count] = await e2e.db.query('SELECT count(*)::int AS n FROM feedback_label WHERE feedback_id = $1', [id]);
    expect(count.n).toBe(0);
  });

  it('denies executives (403) and anonymous callers (401)', async () => {
    expect((await post(executive, itemId, { kind: 'sentiment', value: 'positive' })).statusCode).toBe(403);
    expect((await e2e.request({ method: 'GET', url: url(itemId), cookie: executive })).statusCode).toBe(403);
    expect((await post(undefined, itemId, { kind: 'sentiment', value: 'positive' })).statusCode).toBe(401);
    expect((await e2e.request({ method: 'GET', url: url(itemId) })).statusCode).toBe(401);
    const [row] = await e2e.db.query('SELECT sentiment FROM feedback WHERE id = $1', [itemId]);
    expect(row.sentiment).toBe('neutral');
  });
});
