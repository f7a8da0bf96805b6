import { getQueueToken } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { QUEUE } from '../queue/queue-names';
import { outboxPending, queueDepth } from './metrics.registry';

const STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'prioritized'] as const;

/** Reads queue depth and outbox backlog at scrape time rather than tracking them continuously. */
@Injectable()
export class QueueMetricsService {
  private readonly logger = new Logger(QueueMetricsService.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async refresh(): Promise<void> {
    try {
      for (const name of Object.values(QUEUE)) {
        const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
        const counts = await queue.getJobCounts(...STATES);
        for (const state of STATES) queueDepth.set({ queue: name, state }, counts[state] ?? 0);
      }
      const [{ count }] = await this.dataSource.query(
        'SELECT count(*)::int AS count FROM outbox_message WHERE dispatched_at IS NULL',
      );
      outboxPending.set(count);
    } catch (err) {
      // A scrape during an outage still returns the HTTP and process metrics.
      this.logger.warn(`queue metrics unavailable: ${(err as Error).message}`);
    }
  }
}
