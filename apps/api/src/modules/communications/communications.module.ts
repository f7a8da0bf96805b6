import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { EmailAdapter } from './adapters/email.adapter';
import { InAppAdapter } from './adapters/in-app.adapter';
import { SmsAdapter } from './adapters/sms.adapter';
import { CommunicationsService } from './communications.service';
import { DispatchService } from './dispatch/dispatch.service';
import { MailboxController } from './mailbox/mailbox.controller';
import { MailboxService } from './mailbox/mailbox.service';
import { CommunicationSettingsController } from './settings/communication-settings.controller';
import { CommunicationSettingsService } from './settings/communication-settings.service';
import { SmsStatusController } from './sms-status.controller';
import { TemplatesController } from './templates/templates.controller';
import { TemplatesService } from './templates/templates.service';

/**
 * Communications: the outbox of messages to customers and colleagues (CommunicationsService, for
 * every other capability), channel adapters and dispatch, templates, the contact budget's
 * settings and the development mailbox.
 */
@Module({
  imports: [AuditModule],
  controllers: [CommunicationSettingsController, TemplatesController, MailboxController, SmsStatusController],
  providers: [CommunicationsService, CommunicationSettingsService, TemplatesService, MailboxService, DispatchService, EmailAdapter, SmsAdapter, InAppAdapter],
  exports: [CommunicationsService, CommunicationSettingsService, TemplatesService, DispatchService],
})
export class CommunicationsModule {}
