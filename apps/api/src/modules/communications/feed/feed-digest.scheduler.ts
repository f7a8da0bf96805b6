import { InjectQueue } from '@nestjs/bullmq';
import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { QUEUE } from '../../../queue/queue-names';

export const FEED_DIGEST_SCHEDULER_ID = 'feed-digest-weekly';

/** Mondays 08:00 (UTC): registered by every worker, an upsert, so one schedule exists however many run. */
@Injectable()
export class FeedDigestScheduler implements OnApplicationBootstrap {
  constructor(@InjectQueue(QUEUE.communications) private readonly queue: Queue) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(FEED_DIGEST_SCHEDULER_ID, { pattern: '0 8 * * 1', tz: 'UTC' }, { name: 'feed-digest', data: {} });
  }
}
