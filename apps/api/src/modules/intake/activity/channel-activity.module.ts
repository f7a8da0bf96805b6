import { Global, Module } from '@nestjs/common';
import { ChannelActivityService } from './channel-activity.service';
import { ChannelStatusService } from './channel-status.service';

/** Global so every channel's module can record deliveries and register its setup without import cycles. */
@Global()
@Module({
  providers: [ChannelActivityService, ChannelStatusService],
  exports: [ChannelActivityService, ChannelStatusService],
})
export class ChannelActivityModule {}
