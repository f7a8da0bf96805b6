import { checkJobHandlers } from './job-handlers.check';
import { JOB_NAMES } from './job-payloads';

const noop = async () => undefined;

describe('checkJobHandlers', () => {
  it('accepts exactly one handler per declared job', () => {
    // one processor per declared queue, handling each of its jobs
    const processors = Object.entries(JOB_NAMES).map(([queueName, jobs]) => ({
      queueName: queueName as keyof typeof JOB_NAMES,
      handlers: Object.fromEntries(jobs.map((job) => [job, noop])),
    }));
    expect(processors.length).toBeGreaterThan(1);
    expect(checkJobHandlers(processors)).toEqual([]);
  });

  it('reports a job without a handler', () => {
    expect(checkJobHandlers([])).toContain('no handler for job audit/record');
  });

  it('reports a job with two handlers', () => {
    const p = { queueName: 'audit' as const, handlers: { record: noop } };
    expect(checkJobHandlers([p, p])).toContain('2 handlers for job audit/record');
  });

  it('reports a handler for an undeclared job', () => {
    const problems = checkJobHandlers([{ queueName: 'audit', handlers: { record: noop, purge: noop } }]);
    expect(problems).toContain('handler for undeclared job audit/purge');
  });
});
