import { getQueueToken } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { QUEUE, type QueueName } from '../queue-names';
import { OUTBOX_CHANNEL } from './outbox.service';

const BATCH = 500;

interface PendingRow {
  id: string;
  queue: QueueName;
  job_name: string;
  payload: Record<string, unknown>;
  delay_ms: number;
}

/**
 * Moves committed outbox rows to BullMQ (worker process). Rows are claimed with SKIP LOCKED so
 * several workers share the work; the row id is the job id, so a relay that dies after addBulk but
 * before marking the rows only causes no-op re-adds.
 */
@Injectable()
export class OutboxRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelayService.name);
  private listener: Client | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private wakeRequested = false;
  private stopped = false;
  private queues = new Map<string, Queue>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly moduleRef: ModuleRef,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    for (const name of Object.values(QUEUE)) {
      this.queues.set(name, this.moduleRef.get<Queue>(getQueueToken(name), { strict: false }));
    }
    await this.listen();
    this.schedule(0);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Dispatches every pending row now; returns how many were moved. Also used by tests. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const moved = await this.dispatchBatch();
      total += moved;
      if (moved < BATCH) return total;
    }
  }

  private async listen(): Promise<void> {
    try {
      this.listener = new Client({ connectionString: this.config.DATABASE_URL });
      this.listener.on('error', (err) => this.logger.warn(`outbox listener: ${err.message}`));
      this.listener.on('notification', () => this.wake());
      await this.listener.connect();
      await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (err) {
      // Polling still moves every row; NOTIFY only shortens the wait.
      this.logger.warn(`outbox LISTEN unavailable, polling only: ${(err as Error).message}`);
      this.listener = null;
    }
  }

  private wake(): void {
    if (this.running) {
      this.wakeRequested = true;
      return;
    }
    this.schedule(0);
  }

  private schedule(delay: number): void {
    if (this.stopped) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.tick(), delay);
  }

  private async tick(): Promise<void> {
    if (this.running || this.stopped) return;
    this.wakeRequested = false;
    this.running = this.drain()
      .then(() => undefined)
      .catch((err: Error) => this.logger.warn(`outbox relay: ${err.message}`));
    await this.running;
    this.running = null;
    this.schedule(this.wakeRequested ? 0 : this.config.OUTBOX_POLL_MS);
  }

  private async dispatchBatch(): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const rows: PendingRow[] = await manager.query(
        `SELECT id, queue, job_name, payload, delay_ms FROM outbox_message
          WHERE dispatched_at IS NULL ORDER BY created_at LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [BATCH],
      );
      if (rows.length === 0) return 0;
      const byQueue = new Map<string, PendingRow[]>();
      for (const row of rows) byQueue.set(row.queue, [...(byQueue.get(row.queue) ?? []), row]);
      for (const [name, batch] of byQueue) {
        const queue = this.queues.get(name);
        if (!queue) throw new Error(`outbox row for unknown queue "${name}"`);
        await queue.addBulk(
          batch.map((row) => ({
            name: row.job_name,
            data: { ...row.payload, outboxId: row.id },
            opts: { jobId: row.id, delay: row.delay_ms || undefined },
          })),
        );
      }
      await manager.query('UPDATE outbox_message SET dispatched_at = now() WHERE id = ANY($1)', [
        rows.map((r) => r.id),
      ]);
      return rows.length;
    });
  }
}
