import { InjectQueue, Processor } from '@nestjs/bullmq';
import type { OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { type JobHandlers, JobProcessor } from '../../queue/job-processor';
import { QUEUE } from '../../queue/queue-names';
import { SurgeDetectionService } from './surge-detection.service';

export const SURGE_DETECTION_SCHEDULER_ID = 'surges-detect-minutely';

/** The minutely surge detection (an upserted job scheduler: one schedule however many workers run). */
@Processor(QUEUE.surges)
export class SurgesProcessor extends JobProcessor<'surges'> implements OnApplicationBootstrap {
  readonly queueName = QUEUE.surges;

  constructor(
    private readonly detection: SurgeDetectionService,
    @InjectQueue(QUEUE.surges) private readonly queue: Queue,
  ) {
    super();
  }

  readonly handlers: JobHandlers<'surges'> = {
    detect: ({ now }) => this.detection.detect(now ? new Date(now) : new Date()),
  };

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(SURGE_DETECTION_SCHEDULER_ID, { every: 60_000 }, { name: 'detect', data: {} });
  }
}
