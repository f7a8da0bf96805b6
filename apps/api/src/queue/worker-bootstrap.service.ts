import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { checkJobHandlers } from './job-handlers.check';
import { JobProcessor } from './job-processor';
import type { QueueName } from './queue-names';

/** Refuses to run a worker whose processors do not cover the job catalogue exactly. */
@Injectable()
export class WorkerBootstrapService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Worker');

  constructor(
    private readonly discovery: DiscoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    const processors = this.discovery
      .getProviders()
      .map((wrapper) => wrapper.instance)
      .filter((instance): instance is JobProcessor<QueueName> => instance instanceof JobProcessor);
    const problems = checkJobHandlers(processors);
    if (problems.length) throw new Error(`worker refuses to start:\n  ${problems.join('\n  ')}`);
    for (const processor of processors) processor.worker.concurrency = this.config.WORKER_CONCURRENCY;
    this.logger.log(`processing queues: ${processors.map((p) => p.queueName).join(', ')}`);
  }
}
