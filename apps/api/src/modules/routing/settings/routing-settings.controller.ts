import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type SessionUser, type UpdateRoutingSettingsRequest, updateRoutingSettingsRequestSchema } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { RoutingSettingsService } from './routing-settings.service';

@ApiTags('routing')
@ApiCookieAuth()
@Controller('routing/settings')
export class RoutingSettingsController {
  constructor(private readonly settings: RoutingSettingsService) {}

  @Get()
  @Allow('admin', 'owner')
  get() {
    return this.settings.get();
  }

  @Put()
  @Allow('admin')
  update(@CurrentUser() actor: SessionUser, @Body({ schema: updateRoutingSettingsRequestSchema }) body: UpdateRoutingSettingsRequest) {
    return this.settings.update(actor, body);
  }
}
