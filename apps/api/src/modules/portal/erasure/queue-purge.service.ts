import { Inject, Injectable, Logger } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { JobType, Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { QUEUE } from '../../../queue/queue-names';
import { REDIS } from '../../../redis/redis.module';
import { ID_BOUND_JOBS } from './erasure-anonymiser';
import type { ErasureScope } from './personal-values';

/** Every state a job can rest in; `active` jobs are locked by a worker and reload their (now anonymous) rows. */
const STATES: JobType[] = ['waiting', 'delayed', 'prioritized', 'waiting-children', 'failed', 'completed'];

const jsonForm = (s: string) => JSON.stringify(s).slice(1, -1).toLowerCase();

/**
 * Purges the customer from Redis after the database transaction committed:
 *  1. every job of every queue (QUEUE lists them all) whose data, result or failure text holds
 *     one of their personal values is removed; jobs that act on them by id (ID_BOUND_JOBS) too;
 *  2. a sweep of every key under the app's prefix (BullMQ's event streams, anything else stored
 *     there) for the same values: stream entries are deleted one by one, other keys whole.
 * Returns the removed jobs per queue (`queue:<name>`) and entries or keys (`redis`).
 */
@Injectable()
export class QueuePurgeService {
  private readonly logger = new Logger(QueuePurgeService.name);

  constructor(
    private readonly moduleRef: ModuleRef,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async purge(scope: ErasureScope): Promise<Record<string, number>> {
    const values = [...scope.identifiers, ...scope.texts];
    const needles = [...new Set(values.flatMap((v) => [v, jsonForm(v)]))];
    const ids = [...scope.customerIds, ...scope.feedbackIds, ...scope.caseIds, ...scope.messageIds, ...scope.invitationIds];
    const personal = (blob: string) => needles.some((n) => blob.includes(n));
    const summary: Record<string, number> = {};

    for (const name of Object.values(QUEUE)) {
      const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
      const jobs = await queue.getJobs(STATES, 0, -1);
      let removed = 0;
      for (const job of jobs) {
        if (!job?.id) continue;
        const blob = JSON.stringify([job.name, job.data, job.returnvalue, job.failedReason, job.stacktrace]).toLowerCase();
        const bound = (ID_BOUND_JOBS[name] ?? []).includes(job.name) && ids.some((id) => blob.includes(id));
        if (!bound && !personal(blob)) continue;
        try {
          await job.remove();
          removed++;
        } catch (err) {
          // taken by a worker meanwhile: it reloads the anonymised rows, and the sweep below still runs
          this.logger.warn(`could not remove job ${name}/${job.id}: ${(err as Error).message}`);
        }
      }
      if (removed) summary[`queue:${name}`] = removed;
    }

    const swept = await this.sweepKeys(personal);
    if (swept) summary.redis = swept;
    return summary;
  }

  private async sweepKeys(personal: (blob: string) => boolean): Promise<number> {
    let swept = 0;
    let cursor = '0';
    do {
      const [next, keys] = await this.redis.scan(cursor, 'MATCH', `${this.config.QUEUE_PREFIX}:*`, 'COUNT', 500);
      cursor = next;
      for (const key of keys) {
        const type = await this.redis.type(key);
        if (type === 'stream') {
          const entries = await this.redis.xrange(key, '-', '+');
          const hit = entries.filter(([, fields]) => personal(JSON.stringify(fields).toLowerCase())).map(([id]) => id);
          if (hit.length) swept += await this.redis.xdel(key, ...hit);
          continue;
        }
        const content =
          type === 'string' ? await this.redis.get(key)
          : type === 'hash' ? JSON.stringify(await this.redis.hgetall(key))
          : type === 'list' ? JSON.stringify(await this.redis.lrange(key, 0, -1))
          : type === 'set' ? JSON.stringify(await this.redis.smembers(key))
          : type === 'zset' ? JSON.stringify(await this.redis.zrange(key, '0', '-1'))
          : null;
        if (content && personal(content.toLowerCase())) {
          swept += await this.redis.del(key);
        }
      }
    } while (cursor !== '0');
    return swept;
  }
}
