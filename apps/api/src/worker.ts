import 'reflect-metadata';
import { Logger as NestLogger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createServer } from 'node:http';
import { Logger } from 'nestjs-pino';
import { exitAfterGrace } from './bootstrap/shutdown-deadline';
import { ConfigError, loadConfig } from './config/app-config';
import { metricsRegistry } from './metrics/metrics.registry';
import { WorkerModule } from './worker.module';

async function bootstrap(): Promise<void> {
  const config = loadConfig();
  const app = await NestFactory.createApplicationContext(WorkerModule, { bufferLogs: true });
  app.useLogger(app.get(Logger));
  // SIGTERM: BullMQ workers finish their active jobs before the process exits.
  app.enableShutdownHooks();
  exitAfterGrace(config.SHUTDOWN_GRACE_MS, (m) => new NestLogger('Worker').warn(m));
  await app.init();
  if (config.WORKER_METRICS_PORT > 0) {
    createServer(async (_req, res) => {
      res.setHeader('content-type', metricsRegistry.contentType);
      res.end(await metricsRegistry.metrics());
    }).listen(config.WORKER_METRICS_PORT, config.HOST);
  }
  new NestLogger('Worker').log('Fullcircle worker started');
}

bootstrap().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : err);
  process.exit(1);
});
