import { Module } from '@nestjs/common';
import { CommunicationsModule } from './communications.module';
import { CommunicationsProcessor } from './communications.processor';
import { FeedWorkerModule } from './feed/feed-worker.module';
import { FollowUpModule } from './follow-up/follow-up.module';

/** The communications queue's processor (dispatch, follow-ups, the digest), loaded only by the worker process. */
@Module({ imports: [CommunicationsModule, FollowUpModule, FeedWorkerModule], providers: [CommunicationsProcessor] })
export class CommunicationsWorkerModule {}
