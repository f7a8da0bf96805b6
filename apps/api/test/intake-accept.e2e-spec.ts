import type { SubmitFeedbackRequest } from '@fullcircle/shared';
import { BadRequestException } from '@nestjs/common';
import { IntakeService } from '../src/modules/intake/intake.service';
import { OutboxService } from '../src/queue/outbox/outbox.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const viaApi = { channel: 'api' as const, source: 'api-key:e2e' };

describe('accepting feedback (IntakeService.accept)', () => {
  let e2e: E2eApp;
  let intake: IntakeService;

  beforeAll(async () => {
    e2e = await startE2eApp('intake_accept', { SEED_DEMO: 'false' });
    intake = e2e.app.get(IntakeService);
  });

  afterAll(() => e2e?.close());

  const count = async (sql: string, params: unknown[] = []): Promise<number> => (await e2e.db.query(sql, params))[0].n;
  const item = (customer: SubmitFeedbackRequest['customer'], extra: Partial<SubmitFeedbackRequest> = {}): SubmitFeedbackRequest => ({
    text: 'The flight was delayed and nobody told us why.',
    customer,
    ...extra,
  });

  it('writes the feedback row and its enrichment outbox row in one transaction', async () => {
    const accepted = await intake.accept(item({ email: 'one.tx@example.test' }), viaApi);
    expect(accepted).toEqual({
      id: expect.any(String),
      customerId: expect.any(String),
      conversationId: expect.any(String),
      conversationReference: expect.stringMatching(/^FC-[0-9A-Z]{8}$/),
      channel: 'api',
      status: 'accepted',
      receivedAt: expect.any(String),
    });
    const [feedback] = await e2e.db.query('SELECT xmin::text AS tx, customer_id FROM feedback WHERE id = $1', [accepted.id]);
    const outbox = await e2e.db.query(
      `SELECT xmin::text AS tx, queue, job_name, payload, dispatched_at FROM outbox_message WHERE payload->>'feedbackId' = $1`,
      [accepted.id],
    );
    expect(outbox).toEqual([{ tx: feedback.tx, queue: 'enrichment', job_name: 'enrich', payload: { feedbackId: accepted.id }, dispatched_at: null }]);
    expect(feedback.customer_id).toBe(accepted.customerId);
  });

  it('stores nothing, not even the new customer, when announcing the item fails', async () => {
    jest.spyOn(e2e.app.get(OutboxService), 'enqueue').mockRejectedValueOnce(new Error('disk full'));
    await expect(intake.accept(item({ email: 'rollback@example.test' }, { text: 'rolled back' }), viaApi)).rejects.toThrow('disk full');
    expect(await count(`SELECT count(*)::int AS n FROM customer_identity WHERE value = 'rollback@example.test'`)).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM feedback WHERE text = 'rolled back'`)).toBe(0);
  });

  it('keeps the text as given with its score, declared language, journey stage, metadata and attachments', async () => {
    const text = '<script>alert(1)</script> Bag "lost" & found — 2 days later';
    const attachments = [{ filename: 'tag.jpg', contentType: 'image/jpeg', sizeBytes: 1234 }];
    const accepted = await intake.accept(
      item({ email: 'details@example.test' }, {
        text, subject: 'Baggage', score: { scale: 'csat', value: 2 }, language: 'en', journeyStage: 'arrival',
        receivedAt: '2026-11-01T09:30:00+01:00', metadata: { flight: 'UA123', vip: true }, attachments,
      }),
      viaApi,
    );
    const [row] = await e2e.db.query('SELECT * FROM feedback WHERE id = $1', [accepted.id]);
    expect(row).toMatchObject({
      text, subject: 'Baggage', score_scale: 'csat', score_value: 2, language: 'en', language_source: 'declared', journey_stage: 'arrival',
      received_at: new Date('2026-11-01T08:30:00.000Z'), metadata: { flight: 'UA123', vip: true }, attachments, source: 'api-key:e2e', channel: 'api',
    });
    expect(accepted.receivedAt).toBe('2026-11-01T08:30:00.000Z');
  });

  it('lets the database refuse a score outside its scale, whoever writes it', async () => {
    const accepted = await intake.accept(item({ email: 'score@example.test' }), viaApi);
    await expect(e2e.db.query(`UPDATE feedback SET score_scale = 'nps', score_value = 11 WHERE id = $1`, [accepted.id])).rejects.toThrow(
      /feedback_score_check/,
    );
  });

  it("resolves the same sender's second item to the same customer", async () => {
    const first = await intake.accept(item({ email: 'again@example.test', name: 'Ana Silva' }), viaApi);
    const second = await intake.accept(item({ email: 'again@example.test' }, { text: 'Still waiting.' }), { channel: 'email', source: 'smtp' });
    expect(second.customerId).toBe(first.customerId);
  });

  it('normalises email case and whitespace and phone formats to one identity each', async () => {
    const results = [
      await intake.accept(item({ email: 'Mixed.Case@Example.TEST', phone: '+44 7700 900461' }), viaApi),
      await intake.accept(item({ email: '  mixed.case@example.test ' }), viaApi),
      await intake.accept(item({ phone: '07700 900461', locale: 'en-GB' }), { channel: 'sms', source: 'twilio' }),
      await intake.accept(item({ phone: '0044 (0)7700-900461' }), { channel: 'sms', source: 'twilio', phoneRegion: 'GB' }),
    ];
    expect(new Set(results.map((r) => r.customerId)).size).toBe(1);
    const identities = await e2e.db.query('SELECT kind, value FROM customer_identity WHERE customer_id = $1 ORDER BY kind', [results[0].customerId]);
    expect(identities).toEqual([
      { kind: 'email', value: 'mixed.case@example.test' },
      { kind: 'phone', value: '+447700900461' },
    ]);
  });

  it("attaches a known sender's new identities to their customer", async () => {
    const first = await intake.accept(item({ email: 'grows@example.test' }), viaApi);
    await intake.accept(item({ email: 'grows@example.test', handle: { network: 'twitter', handle: '@Grows' }, externalId: 'C-9' }), viaApi);
    const identities = await e2e.db.query('SELECT kind, value FROM customer_identity WHERE customer_id = $1 ORDER BY kind', [first.customerId]);
    expect(identities).toEqual([
      { kind: 'email', value: 'grows@example.test' },
      { kind: 'external', value: 'api-key:e2e:C-9' },
      { kind: 'handle', value: 'twitter:grows' },
    ]);
  });

  it('answers 400 naming customer.phone for a number it cannot read, and stores nothing', async () => {
    const failure = intake.accept(item({ email: 'badphone@example.test', phone: '12345' }), viaApi);
    await expect(failure).rejects.toBeInstanceOf(BadRequestException);
    await expect(failure).rejects.toMatchObject({ response: { issues: [expect.objectContaining({ field: 'customer.phone' })] } });
    expect(await count(`SELECT count(*)::int AS n FROM customer_identity WHERE value = 'badphone@example.test'`)).toBe(0);
  });

  it('makes one customer of simultaneous first submissions from a new email', async () => {
    const customersBefore = await count('SELECT count(*)::int AS n FROM customer');
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, i) => intake.accept(item({ email: i % 2 ? 'RACE@example.test' : 'race@example.test' }, { text: `race ${i}` }), viaApi)),
    );
    expect(new Set(results.map((r) => r.customerId)).size).toBe(1);
    expect(await count('SELECT count(*)::int AS n FROM customer')).toBe(customersBefore + 1);
    expect(await count(`SELECT count(*)::int AS n FROM feedback WHERE customer_id = $1`, [results[0].customerId])).toBe(8);
  });

  it('never creates a second item for the same message on the same channel', async () => {
    const message = item({ email: 'dup@example.test' }, { externalMessageId: '<abc-123@mail.example.test>' });
    const email = { channel: 'email' as const, source: 'smtp' };
    const first = await intake.accept(message, email);
    const repeats = await Promise.all([intake.accept(message, email), intake.accept(message, email), intake.accept(message, email)]);
    expect(repeats.map((r) => r.id)).toEqual([first.id, first.id, first.id]);
    expect(await count(`SELECT count(*)::int AS n FROM feedback WHERE external_message_id = '<abc-123@mail.example.test>'`)).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM outbox_message WHERE payload->>'feedbackId' = $1`, [first.id])).toBe(1);
    // the same id from another channel is another message
    expect((await intake.accept(message, { channel: 'sms', source: 'twilio' })).id).not.toBe(first.id);
  });

  it('attaches to the oldest customer and audits the conflict when identities point at two customers', async () => {
    const older = await intake.accept(item({ email: 'split.a@example.test' }), viaApi);
    const newer = await intake.accept(item({ phone: '+33 6 12 34 56 78' }), viaApi);
    const both = await intake.accept(item({ email: 'split.a@example.test', phone: '+33612345678' }), viaApi);
    expect(both.customerId).toBe(older.customerId);
    const announced = await e2e.db.query(
      `SELECT payload FROM outbox_message WHERE queue = 'audit' AND payload->>'action' = 'customers.identity.conflict' AND payload->>'targetId' = $1`,
      [older.customerId],
    );
    expect(announced).toEqual([{ payload: expect.objectContaining({ data: expect.objectContaining({ otherCustomerIds: [newer.customerId] }) }) }]);
  });
});
