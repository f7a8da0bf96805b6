import { Module } from '@nestjs/common';
import { DemoFeedSeedService } from './demo-feed-seed.service';

@Module({ providers: [DemoFeedSeedService] })
export class DemoFeedSeedModule {}
