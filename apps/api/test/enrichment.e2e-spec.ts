import 'reflect-metadata';
import { getQueueToken } from '@nestjs/bullmq';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { Queue } from 'bullmq';
import { train } from '../src/modules/enrichment/classification/text-classifier';
import { EnrichmentService } from '../src/modules/enrichment/enrichment.service';
import { IntakeService } from '../src/modules/intake/intake.service';
import { OutboxRelayService } from '../src/queue/outbox/outbox-relay.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const viaApi = { channel: 'api' as const, source: 'api-key:e2e' };

describe('enrichment (worker)', () => {
  let e2e: E2eApp;
  let worker: INestApplicationContext;
  let intake: IntakeService;

  beforeAll(async () => {
    e2e = await startE2eApp('enrichment', { SEED_DEMO: 'false' });
    intake = e2e.app.get(IntakeService);
    useTestEnv({ DATABASE_URL: e2e.env.DATABASE_URL, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX, OUTBOX_POLL_MS: '100' });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
  });

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
  });

  const enriched = (id: string) =>
    waitFor(`enrichment of ${id}`, async () => {
      const [row] = await e2e.db.query('SELECT language, language_source, enriched_at FROM feedback WHERE id = $1', [id]);
      return row?.enriched_at ? row : undefined;
    });

  it('relays the outbox row to the enrichment queue with the outbox id as job id', async () => {
    const accepted = await intake.accept({ text: 'My suitcase never arrived in Denver.', customer: { email: 'relay@example.test' } }, viaApi);
    await enriched(accepted.id);
    const [outbox] = await e2e.db.query(`SELECT id, dispatched_at FROM outbox_message WHERE queue = 'enrichment' AND payload->>'feedbackId' = $1`, [accepted.id]);
    expect(outbox.dispatched_at).not.toBeNull();
    const job = await worker.get<Queue>(getQueueToken('enrichment'), { strict: false }).getJob(outbox.id);
    expect(job).toMatchObject({ id: outbox.id, name: 'enrich', data: { feedbackId: accepted.id, outboxId: outbox.id } });
  });

  it.each([
    ['English', 'The crew was friendly but my bag arrived two days late.', 'en'],
    ['French', 'Le vol était en retard de trois heures et personne ne nous a informés.', 'fr'],
  ])('detects %s', async (_name, text, language) => {
    const accepted = await intake.accept({ text, customer: { email: `lang-${language}@example.test` } }, viaApi);
    expect(await enriched(accepted.id)).toMatchObject({ language, language_source: 'detected' });
  });

  it('keeps a declared language', async () => {
    const accepted = await intake.accept({ text: 'Thanks for the upgrade!', language: 'de', customer: { email: 'declared@example.test' } }, viaApi);
    expect(await enriched(accepted.id)).toMatchObject({ language: 'de', language_source: 'declared' });
  });

  it('stores no language when the text is too short to tell', async () => {
    const accepted = await intake.accept({ text: 'ok', customer: { email: 'short@example.test' } }, viaApi);
    expect(await enriched(accepted.id)).toMatchObject({ language: null, language_source: null });
  });

  it('stores sentiment, topics, urgency and where personal data sits, each with the model that produced it (lexicon at cold start)', async () => {
    const text = 'URGENT: they lost my bag and nobody answers. Refund to jane@example.com please!';
    const accepted = await intake.accept({ text, customer: { email: 'analysis@example.test' } }, viaApi);
    await enriched(accepted.id);
    const [row] = await e2e.db.query(
      `SELECT sentiment, sentiment_score, sentiment_model, topics, topics_model, urgency, urgency_model, personal_data FROM feedback WHERE id = $1`,
      [accepted.id],
    );
    expect(row).toMatchObject({ sentiment: 'negative', sentiment_model: 'lexicon-sentiment@1', topics_model: 'keyword-topics@1', urgency_model: 'rule-urgency@1' });
    expect(row.sentiment_score).toBeLessThan(0);
    expect(row.topics).toEqual(expect.arrayContaining(['baggage']));
    expect(['high', 'critical']).toContain(row.urgency);
    expect(row.personal_data).toEqual([{ kind: 'email', field: 'text', start: text.indexOf('jane'), end: text.indexOf(' please') }]);
  });

  it('uses the active trained sentiment model once one is promoted', async () => {
    const examples = [
      ...['great flight', 'lovely crew', 'great service', 'lovely seats'].map((t) => ({ text: t, label: 'positive' })),
      ...['awful delay', 'terrible food', 'awful service', 'terrible seats'].map((t) => ({ text: t, label: 'negative' })),
      ...['flight at noon', 'seat 12c', 'gate b4', 'noon flight'].map((t) => ({ text: t, label: 'neutral' })),
    ];
    const model = train(examples, { name: 'sentiment', version: '1', minDocumentFrequency: 1 });
    await e2e.db.query(
      `INSERT INTO classifier_model (kind, version, status, algorithm, training_size, holdout_size, holdout_accuracy, evaluation, parameters, promoted_at)
       VALUES ('sentiment', 1, 'active', $1, 12, 0, 1, '{}', $2, now())`,
      [model.kind, JSON.stringify(model.toJSON())],
    );
    const accepted = await intake.accept({ text: 'lovely crew, great flight', customer: { email: 'trained@example.test' } }, viaApi);
    await enriched(accepted.id);
    const [row] = await e2e.db.query(`SELECT sentiment, sentiment_model FROM feedback WHERE id = $1`, [accepted.id]);
    expect(row).toEqual({ sentiment: 'positive', sentiment_model: `${model.provenance.model}@1` });
  });

  it('changes nothing when a job is replayed or its outbox row relayed again', async () => {
    const accepted = await intake.accept({ text: 'The lounge was closed without notice.', customer: { email: 'replay@example.test' } }, viaApi);
    const first = await enriched(accepted.id);
    await e2e.db.query(`UPDATE outbox_message SET dispatched_at = NULL WHERE payload->>'feedbackId' = $1`, [accepted.id]);
    await worker.get(OutboxRelayService).drain();
    await worker.get(EnrichmentService).enrich(accepted.id);
    const [after] = await e2e.db.query('SELECT language, language_source, enriched_at FROM feedback WHERE id = $1', [accepted.id]);
    expect(after).toEqual(first);
  });
});
