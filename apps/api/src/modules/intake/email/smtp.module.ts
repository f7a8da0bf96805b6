import { Module } from '@nestjs/common';
import { InfrastructureModule } from '../../../infrastructure.module';
import { ChannelActivityModule } from '../activity/channel-activity.module';
import { EmailIntakeModule } from './email-intake.module';
import { SmtpListenerService } from './smtp-listener.service';

/** The SMTP process (dist/smtp.js): config, PostgreSQL, Redis and intake, plus the listener. No HTTP. */
@Module({
  imports: [InfrastructureModule, ChannelActivityModule, EmailIntakeModule],
  providers: [SmtpListenerService],
})
export class SmtpModule {}
