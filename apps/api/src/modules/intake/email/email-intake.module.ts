import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ChannelStatusService } from '../activity/channel-status.service';
import { EmailBouncesModule } from '../../communications/dispatch/email-bounces.module';
import { IntakeModule } from '../intake.module';
import { InboundEmailService } from './inbound-email.service';

/**
 * Email intake as the API process sees it: the channel's setup for Settings → Channels and the
 * service that turns a raw message into feedback. The SMTP listener itself runs in SmtpModule
 * (its own process), so it is not here.
 */
@Module({
  imports: [IntakeModule, EmailBouncesModule],
  providers: [InboundEmailService],
  exports: [InboundEmailService],
})
export class EmailIntakeModule implements OnModuleInit {
  constructor(
    private readonly status: ChannelStatusService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    const { INBOUND_EMAIL_ADDRESSES: addresses, SMTP_PORT: port, SMTP_MAX_MESSAGE_BYTES: limit } = this.config;
    const megabytes = Math.round((limit / (1024 * 1024)) * 10) / 10;
    this.status.register('email', () => ({
      state: 'live',
      summary: `Mail to ${addresses.length === 1 ? 'this address (and its' : `these ${addresses.length} addresses (and their`} +tag variants) becomes feedback; messages up to ${megabytes} MB.`,
      endpoints: [
        ...addresses.map((address) => ({ label: 'Feedback address', value: address })),
        { label: 'SMTP server', value: `${smtpHostShown(this.config)}:${port}` },
      ],
    }));
  }
}

/**
 * Where senders reach the SMTP process: its interface, or for a wildcard one the public host name
 * (PUBLIC_URL), else localhost as on a development machine.
 */
export function smtpHostShown(config: AppConfig): string {
  const host = config.SMTP_HOST ?? config.HOST;
  if (host !== '0.0.0.0' && host !== '::') return host.includes(':') ? `[${host}]` : host;
  return config.PUBLIC_URL ? new URL(config.PUBLIC_URL).hostname : 'localhost';
}
