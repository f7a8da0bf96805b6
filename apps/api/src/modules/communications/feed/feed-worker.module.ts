import { Module } from '@nestjs/common';
import { FeedDigestScheduler } from './feed-digest.scheduler';
import { FeedModule } from './feed.module';

/** The digest's weekly schedule, registered by the worker process only. */
@Module({ imports: [FeedModule], providers: [FeedDigestScheduler], exports: [FeedModule] })
export class FeedWorkerModule {}
