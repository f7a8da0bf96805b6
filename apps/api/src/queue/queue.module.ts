import { BullModule } from '@nestjs/bullmq';
import { Global, Module } from '@nestjs/common';
import type { ConnectionOptions } from 'bullmq';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { redisConnectionOptions } from '../redis/redis-connection';
import { JOB_OPTIONS } from './job-options';
import { QUEUE } from './queue-names';

const queues = Object.values(QUEUE).map((name) => ({ name, defaultJobOptions: JOB_OPTIONS[name] }));

/** BullMQ connection and every queue, registered once; job options live in job-options.ts. */
@Global()
@Module({
  imports: [
    BullModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        // bullmq bundles its own ioredis; the plain options object suits both versions
        connection: redisConnectionOptions(config.REDIS_URL) as ConnectionOptions,
        prefix: config.QUEUE_PREFIX,
      }),
    }),
    BullModule.registerQueue(...queues),
  ],
  exports: [BullModule],
})
export class QueueModule {}
