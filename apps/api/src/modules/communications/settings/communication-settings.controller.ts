import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type CommunicationSettings, type SessionUser, communicationSettingsSchema } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { CommunicationSettingsService } from './communication-settings.service';

@ApiTags('communications')
@ApiCookieAuth()
@Controller('communications/settings')
export class CommunicationSettingsController {
  constructor(private readonly settings: CommunicationSettingsService) {}

  @Get()
  @Allow('admin', 'owner', 'executive')
  get() {
    return this.settings.current();
  }

  @Put()
  @Allow('admin')
  save(@CurrentUser() actor: SessionUser, @Body({ schema: communicationSettingsSchema }) body: CommunicationSettings) {
    return this.settings.save(actor, body);
  }
}
