import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { communicationPreferencesSchema, type CommunicationPreferences, type SessionUser } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow } from '../../../common/auth/permission.decorator';
import { CommunicationPreferencesService } from './communication-preferences.service';

@ApiTags('communications')
@ApiCookieAuth()
@Controller('communications/preferences')
export class CommunicationPreferencesController {
  constructor(private readonly preferences: CommunicationPreferencesService) {}

  @Get()
  @Allow(...ALL_STAFF)
  get(@CurrentUser() user: SessionUser): Promise<CommunicationPreferences> {
    return this.preferences.get(user);
  }

  @Put()
  @Allow(...ALL_STAFF)
  save(@CurrentUser() user: SessionUser, @Body({ schema: communicationPreferencesSchema }) body: CommunicationPreferences): Promise<CommunicationPreferences> {
    return this.preferences.save(user, body);
  }
}
