import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process: the API's holds HTTP and queue depth, the worker's job durations. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpRequestDuration = new Histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP request latency by method, route pattern and status',
  labelNames: ['method', 'route', 'status'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

export const jobDuration = new Histogram({
  name: 'queue_job_duration_seconds',
  help: 'Time a worker spent processing a job, by queue, job and outcome',
  labelNames: ['queue', 'job', 'outcome'] as const,
  buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 5, 30],
  registers: [metricsRegistry],
});

export const queueDepth = new Gauge({
  name: 'queue_jobs',
  help: 'Jobs per queue and state at scrape time',
  labelNames: ['queue', 'state'] as const,
  registers: [metricsRegistry],
});

export const outboxPending = new Gauge({
  name: 'outbox_pending_messages',
  help: 'Outbox rows not yet moved to BullMQ at scrape time',
  registers: [metricsRegistry],
});

export const loginAttempts = new Counter({
  name: 'auth_login_attempts_total',
  help: 'Staff login attempts by outcome',
  labelNames: ['outcome'] as const,
  registers: [metricsRegistry],
});
