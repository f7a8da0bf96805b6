import 'reflect-metadata';
import { DiscoveryModule } from '@nestjs/core';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '../src/config/config.module';
import { WorkerBootstrapService } from '../src/queue/worker-bootstrap.service';
import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../src/modules/audit/audit.service';
import { OutboxRelayService } from '../src/queue/outbox/outbox-relay.service';
import { WorkerModule } from '../src/worker.module';
import { createTestDatabase } from './support/test-database';
import { useTestEnv } from './support/test-env';

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('worker process', () => {
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let audit: AuditService;

  beforeAll(async () => {
    useTestEnv({ DATABASE_URL: await createTestDatabase(), OUTBOX_POLL_MS: '100' });
    worker = await Test.createTestingModule({ imports: [WorkerModule] }).compile();
    worker = await worker.init();
    dataSource = worker.get(DataSource);
    audit = worker.get(AuditService, { strict: false });
  });

  afterAll(() => worker?.close());

  const countAudit = async (action: string): Promise<number> =>
    (await dataSource.query('SELECT count(*)::int AS n FROM audit_event WHERE action = $1', [action]))[0].n;

  it('relays a committed outbox row to its queue and records the audit event once', async () => {
    const outboxId = await dataSource.transaction((manager) =>
      audit.announce(manager, { actorId: null, actorName: 'test', action: 'test.relayed', targetType: 'test', targetId: null, data: { n: 1 } }),
    );
    await waitFor('the audit event', async () => ((await countAudit('test.relayed')) === 1 ? true : undefined));
    // The relay marks the row after adding the job, so a fast worker can record the event first.
    const row = await waitFor('the row marked dispatched', async () => {
      const [current] = await dataSource.query('SELECT dispatched_at FROM outbox_message WHERE id = $1', [outboxId]);
      return current.dispatched_at ? current : undefined;
    });
    expect(row.dispatched_at).not.toBeNull();
  });

  it('announces nothing when the transaction rolls back', async () => {
    await dataSource
      .transaction(async (manager) => {
        await audit.announce(manager, { actorId: null, actorName: null, action: 'test.rolled-back', targetType: 'test', targetId: null, data: {} });
        throw new Error('abort');
      })
      .catch(() => undefined);
    await worker.get(OutboxRelayService).drain();
    await new Promise((r) => setTimeout(r, 300));
    expect(await countAudit('test.rolled-back')).toBe(0);
  });

  it('does not record twice when a job is replayed or a row is relayed again', async () => {
    const outboxId = await dataSource.transaction((manager) =>
      audit.announce(manager, { actorId: null, actorName: null, action: 'test.replayed', targetType: 'test', targetId: null, data: {} }),
    );
    await waitFor('the first recording', async () => ((await countAudit('test.replayed')) === 1 ? true : undefined));
    // a relay that died before marking its rows dispatches them again
    await dataSource.query('UPDATE outbox_message SET dispatched_at = NULL WHERE id = $1', [outboxId]);
    await worker.get(OutboxRelayService).drain();
    // and a handler that ran twice (at-least-once delivery) records once
    await audit.record(outboxId, { actorId: null, actorName: null, action: 'test.replayed', targetType: 'test', targetId: null, data: {}, occurredAt: new Date().toISOString() });
    await new Promise((r) => setTimeout(r, 300));
    expect(await countAudit('test.replayed')).toBe(1);
  });
});

describe('worker start-up check', () => {
  it('refuses to start when a job has no handler', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule, DiscoveryModule],
      providers: [WorkerBootstrapService],
    }).compile();
    await expect(moduleRef.init()).rejects.toThrow(/no handler for job audit\/record/);
    await moduleRef.close();
  });
});
