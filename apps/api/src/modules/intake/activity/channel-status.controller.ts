import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type ChannelStatusList, channelStatusListSchema } from '@fullcircle/shared';
import { Allow } from '../../../common/auth/permission.decorator';
import { ChannelStatusService } from './channel-status.service';

@ApiTags('intake')
@Controller('intake/channels')
export class ChannelStatusController {
  constructor(private readonly status: ChannelStatusService) {}

  @Get()
  @Allow('admin')
  @ApiOperation({ summary: 'Every channel: its setup, addresses, and recent deliveries and errors' })
  @ApiOkResponse({ standardSchema: channelStatusListSchema })
  async list(): Promise<ChannelStatusList> {
    return { channels: await this.status.list() };
  }
}
