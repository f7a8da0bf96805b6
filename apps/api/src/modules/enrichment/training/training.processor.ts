import { InjectQueue, Processor } from '@nestjs/bullmq';
import { type OnApplicationBootstrap } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { type JobHandlers, JobProcessor } from '../../../queue/job-processor';
import { QUEUE } from '../../../queue/queue-names';
import { ModelTrainingService } from './model-training.service';
import { RETRAIN_EVERY_MS, RETRAIN_SCHEDULER_ID } from './training-policy';

/**
 * Runs retrains: the hourly schedule (only kinds with enough new labels) and an admin's "Retrain now"
 * (relayed from the outbox, forced). The schedule is upserted at start: every worker doing so is harmless.
 */
@Processor(QUEUE.training)
export class TrainingProcessor extends JobProcessor<'training'> implements OnApplicationBootstrap {
  readonly queueName = QUEUE.training;

  constructor(
    private readonly training: ModelTrainingService,
    @InjectQueue(QUEUE.training) private readonly queue: Queue,
  ) {
    super();
  }

  readonly handlers: JobHandlers<'training'> = {
    retrain: ({ kinds, force }) => this.training.retrainDue(kinds, force ?? false),
  };

  async onApplicationBootstrap(): Promise<void> {
    await this.queue.upsertJobScheduler(RETRAIN_SCHEDULER_ID, { every: RETRAIN_EVERY_MS }, { name: 'retrain', data: {} });
  }
}
