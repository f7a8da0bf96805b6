import type { DefaultJobOptions } from 'bullmq';
import type { QueueName } from './queue-names';

const base: DefaultJobOptions = {
  attempts: 8,
  backoff: { type: 'exponential', delay: 1_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  // No dead-letter queue in BullMQ: failed jobs stay visible in /admin/queues until handled.
  removeOnFail: false,
};

export const JOB_OPTIONS: Record<QueueName, DefaultJobOptions> = {
  audit: base,
  // SLA timers: many delayed jobs live at once, so completed ones go quickly (memory per open case).
  cases: { ...base, removeOnComplete: { age: 3600, count: 1_000 } },
  // Delivery: retried with backoff for about a day (SMTP servers down for hours), then marked failed.
  communications: { ...base, attempts: 12, backoff: { type: 'exponential', delay: 5_000 } },
  enrichment: base,
  imports: base,
  initiatives: base,
  routing: base,
  // The minutely detection: a failed run is simply redone by the next one.
  surges: { ...base, attempts: 2, removeOnComplete: { age: 3600, count: 100 }, removeOnFail: { age: 24 * 3600, count: 100 } },
  // A retrain that failed is retried by the next hourly run; a few attempts are enough.
  training: { ...base, attempts: 3 },
};

/** Deterministic job ids (domain id + step) make a duplicate add a no-op. BullMQ forbids ':' in ids. */
export function jobId(domainId: string, step?: string): string {
  return (step ? `${domainId}-${step}` : domainId).replaceAll(':', '-');
}
