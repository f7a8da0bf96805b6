import { Module } from '@nestjs/common';
import { CommunicationPreferencesController } from './communication-preferences.controller';
import { CommunicationPreferencesService } from './communication-preferences.service';
import { NotificationsController } from './notifications.controller';
import { NotificationsService } from './notifications.service';

/** The bell (a colleague's notifications) and their own communication preferences. */
@Module({
  controllers: [NotificationsController, CommunicationPreferencesController],
  providers: [NotificationsService, CommunicationPreferencesService],
  exports: [CommunicationPreferencesService],
})
export class NotificationsModule {}
