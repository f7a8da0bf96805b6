import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { JobName, JobPayload } from '../job-payloads';
import type { QueueName } from '../queue-names';
import { OutboxMessage } from './outbox-message.entity';

export const OUTBOX_CHANNEL = 'fullcircle_outbox';

@Injectable()
export class OutboxService {
  /**
   * Records a job inside the caller's transaction. It reaches BullMQ only if that transaction
   * commits; NOTIFY is delivered at commit too and wakes the relay at once.
   */
  async enqueue<Q extends QueueName, J extends JobName<Q>>(
    manager: EntityManager,
    queue: Q,
    jobName: J,
    payload: JobPayload<Q, J>,
    options: { delayMs?: number } = {},
  ): Promise<string> {
    const row = manager.create(OutboxMessage, {
      queue,
      jobName,
      payload: payload as unknown as Record<string, unknown>,
      delayMs: options.delayMs ?? 0,
    });
    await manager.save(row);
    await manager.query('SELECT pg_notify($1, $2)', [OUTBOX_CHANNEL, queue]);
    return row.id;
  }
}
