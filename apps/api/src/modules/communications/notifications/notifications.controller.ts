import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { markNotificationsReadRequestSchema, type MarkNotificationsReadRequest, type NotificationPage, type SessionUser } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow } from '../../../common/auth/permission.decorator';
import { NotificationsService } from './notifications.service';

@ApiTags('communications')
@ApiCookieAuth()
@Controller('communications/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @Allow(...ALL_STAFF)
  list(@CurrentUser() user: SessionUser): Promise<NotificationPage> {
    return this.notifications.list(user);
  }

  @Post('read')
  @HttpCode(200)
  @Allow(...ALL_STAFF)
  markRead(@CurrentUser() user: SessionUser, @Body({ schema: markNotificationsReadRequestSchema }) body: MarkNotificationsReadRequest): Promise<NotificationPage> {
    return this.notifications.markRead(user, body);
  }
}
