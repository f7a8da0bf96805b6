import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { AcceptedFeedback } from '@fullcircle/shared';
import { IntakeService } from '../src/modules/intake/intake.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { type OwnRedis, startOwnRedis } from './support/redis-server';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

describe('intake while Redis is down', () => {
  let redis: OwnRedis;
  let e2e: E2eApp;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    redis = await startOwnRedis();
    e2e = await startE2eApp('intake_redis_down', { SEED_DEMO: 'false', REDIS_URL: redis.url });
  });

  afterAll(async () => {
    await worker?.close();
    // the app's Redis clients close cleanly only with Redis up
    await redis?.start().catch(() => undefined);
    await e2e?.close();
    await redis?.stop();
  });

  it('keeps accepting with Redis stopped, and everything flows on once Redis is back', async () => {
    await redis.stop();
    const ready = await e2e.request({ method: 'GET', url: '/api/health/ready' });
    // degraded, not down: the process keeps taking feedback, so it stays in the load balancer
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'degraded', checks: { database: { status: 'up' }, redis: { status: 'down' } } });
    const intake = e2e.app.get(IntakeService);
    const texts = ['My bag is lost.', 'Le repas était froid.', 'Great crew, thank you!', 'Wifi did not work at all.', 'Seat 12C was broken.'];
    const accepted: AcceptedFeedback[] = [];
    for (const [i, text] of texts.entries()) {
      accepted.push(await intake.accept({ text, customer: { email: `offline${i % 2}@example.test` } }, { channel: 'api', source: 'api-key:e2e' }));
    }
    const ids = accepted.map((a) => a.id);
    expect(await e2e.db.query('SELECT count(*)::int AS n FROM feedback WHERE id = ANY($1)', [ids])).toEqual([{ n: 5 }]);
    const pending = await e2e.db.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE queue = 'enrichment' AND dispatched_at IS NULL AND payload->>'feedbackId' = ANY($1)`,
      [ids],
    );
    expect(pending).toEqual([{ n: 5 }]);

    await redis.start();
    await waitFor('readiness back to ok', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/health/ready' });
      return res.json().status === 'ok' ? true : undefined;
    });
    useTestEnv({ DATABASE_URL: e2e.env.DATABASE_URL, REDIS_URL: redis.url, OUTBOX_POLL_MS: '100' });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();

    await waitFor('every item relayed and enriched', async () => {
      const [row] = await e2e.db.query(
        `SELECT count(*)::int AS n FROM feedback f JOIN outbox_message o ON o.queue = 'enrichment' AND o.payload->>'feedbackId' = f.id::text
          WHERE f.id = ANY($1) AND f.enriched_at IS NOT NULL AND o.dispatched_at IS NOT NULL`,
        [ids],
      );
      return row.n === 5 ? true : undefined;
    });
    const languages = await e2e.db.query('SELECT language FROM feedback WHERE id = ANY($1) ORDER BY array_position($1::uuid[], id)', [ids]);
    expect(languages.map((r: { language: string | null }) => r.language)).toEqual(['en', 'fr', 'en', 'en', 'en']);
  });
});
