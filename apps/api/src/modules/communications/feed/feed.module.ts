import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications.module';
import { FeedDigestService } from './feed-digest.service';
import { FeedController } from './feed.controller';
import { FeedService } from './feed.service';

/** The internal feed: reading and posting, and the weekly email digest of it. */
@Module({
  imports: [CommunicationsModule],
  controllers: [FeedController],
  providers: [FeedService, FeedDigestService],
  exports: [FeedDigestService],
})
export class FeedModule {}
