import { WorkerHost } from '@nestjs/bullmq';
import { UnrecoverableError, type Job } from 'bullmq';
import { jobDuration } from '../metrics/metrics.registry';
import type { JobName, JobPayload, OutboxJob } from './job-payloads';
import type { QueueName } from './queue-names';

export type JobHandlers<Q extends QueueName> = {
  [J in JobName<Q>]: (payload: JobPayload<Q, J> & Partial<OutboxJob>, job: Job) => Promise<unknown>;
};

/**
 * Base of every processor: declares its queue and one handler per job name, so the worker can
 * check at start-up that each job has exactly one handler. Handlers must be safe to repeat.
 */
export abstract class JobProcessor<Q extends QueueName> extends WorkerHost {
  abstract readonly queueName: Q;
  abstract readonly handlers: JobHandlers<Q>;

  async process(job: Job): Promise<unknown> {
    const handler = (this.handlers as unknown as Record<string, (payload: unknown, job: Job) => Promise<unknown>>)[job.name];
    if (!handler) throw new UnrecoverableError(`no handler for job "${job.name}" on queue "${this.queueName}"`);
    const stop = jobDuration.startTimer({ queue: this.queueName, job: job.name });
    try {
      const result = await handler(job.data, job);
      stop({ outcome: 'completed' });
      return result;
    } catch (err) {
      stop({ outcome: 'failed' });
      throw err;
    }
  }
}
