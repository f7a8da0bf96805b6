import { holdOutSplit } from '../src/modules/enrichment/classification/evaluation';
import { ModelTrainingService } from '../src/modules/enrichment/training/model-training.service';
import { HOLDOUT_FRACTION, holdoutSeed } from '../src/modules/enrichment/training/training-policy';
import { IntakeService } from '../src/modules/intake/intake.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const NEGATIVE = ['terrible', 'broken', 'awful', 'rude', 'late', 'dirty'];
const POSITIVE = ['great', 'lovely', 'friendly', 'fast', 'helpful', 'clean'];

interface Item {
  id: string;
  text: string;
  label: string;
}

describe('model training (ModelTrainingService, /api/enrichment/models)', () => {
  let e2e: E2eApp;
  let training: ModelTrainingService;
  let admin: string;
  const items: Item[] = [];

  const label = (item: Item, kind: string, value: string) =>
    e2e.db.query(`INSERT INTO feedback_label (feedback_id, kind, value, source) VALUES ($1, $2, $3::jsonb, 'import')`, [item.id, kind, JSON.stringify(value)]);
  const models = (kind: string): Promise<{ version: number; status: string; holdout_accuracy: number }[]> =>
    e2e.db.query('SELECT version, status, holdout_accuracy FROM classifier_model WHERE kind = $1 ORDER BY version', [kind]);

  beforeAll(async () => {
    e2e = await startE2eApp('model_training');
    training = e2e.app.get(ModelTrainingService);
    admin = await e2e.signIn('admin');
    const intake = e2e.app.get(IntakeService);
    for (let i = 0; i < 70; i++) {
      const words = i % 2 === 0 ? NEGATIVE : POSITIVE;
      const text = `Visit ${i}: the crew was ${words[i % 6]} and the cabin ${words[(i + 2) % 6]}`;
      const { id } = await intake.accept({ text, customer: { email: `training-${i % 7}@example.com` } }, { channel: 'api', source: 'e2e-training' });
      items.push({ id, text, label: i % 2 === 0 ? 'negative' : 'positive' });
    }
  });

  afterAll(() => e2e?.close());

  it('does not train below the minimum number of labelled items', async () => {
    for (const item of items.slice(0, 40)) await label(item, 'sentiment', item.label);
    const outcome = await training.retrain('sentiment');
    expect(outcome).toMatchObject({ outcome: 'skipped', examples: 40 });
    expect(await models('sentiment')).toEqual([]);
  });

  it('trains version 1 and makes it active when there is no model yet', async () => {
    for (const item of items.slice(40)) await label(item, 'sentiment', item.label);
    const outcome = await training.retrain('sentiment');
    expect(outcome).toMatchObject({ outcome: 'promoted', version: 1, previousAccuracy: null });
    const [model] = await models('sentiment');
    expect(model).toMatchObject({ version: 1, status: 'active' });
    expect(model.holdout_accuracy).toBeGreaterThanOrEqual(0.9);
    const [row] = await e2e.db.query(`SELECT training_size, holdout_size, promoted_at, parameters->>'format' AS format FROM classifier_model WHERE kind = 'sentiment'`);
    expect(row.training_size + row.holdout_size).toBe(70);
    expect(row.holdout_size).toBeGreaterThan(0);
    expect(row.promoted_at).toBeInstanceOf(Date);
    expect(row.format).toBe('fullcircle-text-classifier/1');
  });

  it('the schedule skips a kind without enough new labels', async () => {
    const [outcome] = await training.retrainDue(['sentiment'], false);
    expect(outcome).toMatchObject({ outcome: 'skipped', newLabels: 0 });
    expect(await models('sentiment')).toHaveLength(1);
  });

  it('promotes a candidate that scores as well, retiring the previous one', async () => {
    const outcome = await training.retrain('sentiment');
    expect(outcome).toMatchObject({ outcome: 'promoted', version: 2 });
    expect((await models('sentiment')).map((m) => [m.version, m.status])).toEqual([
      [1, 'retired'],
      [2, 'active'],
    ]);
  });

  it('two concurrent retrains store distinct versions and leave one active', async () => {
    const outcomes = await Promise.all([training.retrain('sentiment'), training.retrain('sentiment')]);
    expect(outcomes.map((o) => (o.outcome === 'skipped' ? 0 : o.version)).sort()).toEqual([3, 4]);
    const all = await models('sentiment');
    expect(all.map((m) => m.version)).toEqual([1, 2, 3, 4]);
    expect(all.filter((m) => m.status === 'active')).toHaveLength(1);
  });

  it('stores a candidate that scores worse as rejected and keeps the active model', async () => {
    const [activeBefore] = await e2e.db.query(`SELECT version FROM classifier_model WHERE kind = 'sentiment' AND status = 'active'`);
    // Corrupt only the training side: the held-out slice keeps its true labels, so the candidate learns the opposite.
    const { train: trainSide } = holdOutSplit(
      items.map((item) => ({ ...item })),
      HOLDOUT_FRACTION,
      holdoutSeed('sentiment'),
    );
    for (const item of trainSide) await label(item, 'sentiment', item.label === 'negative' ? 'positive' : 'negative');
    const outcome = await training.retrain('sentiment');
    expect(outcome).toMatchObject({ outcome: 'rejected', version: 5 });
    if (outcome.outcome !== 'rejected') throw new Error('expected a rejection');
    expect(outcome.accuracy).toBeLessThan(outcome.previousAccuracy as number);
    const [activeAfter] = await e2e.db.query(`SELECT version FROM classifier_model WHERE kind = 'sentiment' AND status = 'active'`);
    expect(activeAfter.version).toBe(activeBefore.version);
    const [rejected] = await e2e.db.query(`SELECT status, promoted_at FROM classifier_model WHERE kind = 'sentiment' AND version = 5`);
    expect(rejected).toEqual({ status: 'rejected', promoted_at: null });
  });

  it('trains the department model on department labels and shows department names in the confusion matrix', async () => {
    const departments: { id: string; name: string }[] = await e2e.db.query('SELECT id, name FROM department ORDER BY name LIMIT 2');
    expect(departments).toHaveLength(2);
    for (const [i, item] of items.entries()) await label(item, 'department', departments[i % 2].id);
    expect(await training.retrain('department')).toMatchObject({ outcome: 'promoted', version: 1 });

    const res = await e2e.request({ method: 'GET', url: '/api/enrichment/models', cookie: admin });
    expect(res.statusCode).toBe(200);
    const department = res.json().kinds.find((k: { kind: string }) => k.kind === 'department');
    expect(department.active).toMatchObject({ version: 1, status: 'active', algorithm: 'logistic-regression' });
    expect([...department.active.confusion.labels].sort()).toEqual(departments.map((d) => d.name).sort());
    expect(department.labelledItems).toBe(70);
    expect(department.newLabels).toBe(0);
  });

  describe('models API', () => {
    it('lists each kind with its active model, history, scores and label counts (admin and executive)', async () => {
      for (const role of ['admin', 'executive'] as const) {
        const res = await e2e.request({ method: 'GET', url: '/api/enrichment/models', cookie: await e2e.signIn(role) });
        expect(res.statusCode).toBe(200);
        const sentiment = res.json().kinds.find((k: { kind: string }) => k.kind === 'sentiment');
        expect(sentiment.history.map((m: { version: number; status: string }) => [m.version, m.status])).toEqual([
          [5, 'rejected'],
          [4, expect.any(String)],
          [3, expect.any(String)],
          [2, 'retired'],
          [1, 'retired'],
        ]);
        expect(sentiment.active).toMatchObject({
          holdoutAccuracy: expect.any(Number),
          trainingSize: expect.any(Number),
          perLabel: { negative: expect.objectContaining({ f1: expect.any(Number) }), positive: expect.any(Object) },
          confusion: { labels: ['negative', 'positive'], matrix: expect.any(Array) },
        });
        expect(sentiment.labelledItems).toBe(70);
        expect(sentiment.newLabels).toBe(0);
        expect(res.json().kinds.map((k: { kind: string }) => k.kind)).toEqual(['sentiment', 'department']);
      }
    });

    it('denies members and owners the models page (403) and anonymous callers (401)', async () => {
      for (const role of ['member', 'owner'] as const) {
        expect((await e2e.request({ method: 'GET', url: '/api/enrichment/models', cookie: await e2e.signIn(role) })).statusCode).toBe(403);
      }
      expect((await e2e.request({ method: 'GET', url: '/api/enrichment/models' })).statusCode).toBe(401);
    });

    it('queues a retrain through the outbox with 202 (admins only)', async () => {
      const res = await e2e.request({ method: 'POST', url: '/api/enrichment/models/sentiment/retrain', cookie: admin });
      expect(res.statusCode).toBe(202);
      expect(res.json()).toEqual({ kind: 'sentiment', status: 'queued' });
      const rows = await e2e.db.query(`SELECT job_name, payload FROM outbox_message WHERE queue = 'training'`);
      expect(rows).toEqual([{ job_name: 'retrain', payload: { kinds: ['sentiment'], force: true } }]);

      const executive = await e2e.signIn('executive');
      expect((await e2e.request({ method: 'POST', url: '/api/enrichment/models/sentiment/retrain', cookie: executive })).statusCode).toBe(403);
      expect((await e2e.request({ method: 'POST', url: '/api/enrichment/models/sentiment/retrain' })).statusCode).toBe(401);
      const bad = await e2e.request({ method: 'POST', url: '/api/enrichment/models/topic/retrain', cookie: admin });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().issues).toEqual([expect.objectContaining({ field: 'kind' })]);
    });
  });
});
