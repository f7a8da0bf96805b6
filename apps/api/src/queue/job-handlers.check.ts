import { JOB_NAMES } from './job-payloads';
import type { QueueName } from './queue-names';

export interface DeclaredProcessor {
  queueName: QueueName;
  handlers: Record<string, unknown>;
}

/**
 * Returns every problem with the processors a worker registers: a job without a handler, a job
 * handled twice, or a handler for a job nobody declared. Empty means the worker may start.
 */
export function checkJobHandlers(processors: DeclaredProcessor[]): string[] {
  const problems: string[] = [];
  const counts = new Map<string, number>();
  for (const p of processors) {
    for (const job of Object.keys(p.handlers)) {
      const key = `${p.queueName}/${job}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      if (!(JOB_NAMES[p.queueName] as readonly string[] | undefined)?.includes(job)) {
        problems.push(`handler for undeclared job ${key}`);
      }
    }
  }
  for (const [queue, jobs] of Object.entries(JOB_NAMES) as [QueueName, readonly string[]][]) {
    for (const job of jobs) {
      const n = counts.get(`${queue}/${job}`) ?? 0;
      if (n === 0) problems.push(`no handler for job ${queue}/${job}`);
      if (n > 1) problems.push(`${n} handlers for job ${queue}/${job}`);
    }
  }
  return problems;
}
