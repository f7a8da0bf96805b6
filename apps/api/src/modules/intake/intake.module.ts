import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { AuthModule } from '../auth/auth.module';
import { ChannelStatusController } from './activity/channel-status.controller';
import { ChannelStatusService } from './activity/channel-status.service';
import { CustomersModule } from '../customers/customers.module';
import { FeedbackModule } from './feedback.module';
import { IntakeApiController } from './intake-api.controller';
import { IntakeService } from './intake.service';
import { SmsWebhookController } from './sms-webhook.controller';
import { TwilioSignatureGuard } from './twilio-signature.guard';

/** Channels in: each channel's adapter (public API, form, email, SMS, ...) calls IntakeService.accept. */
@Module({
  imports: [FeedbackModule, CustomersModule, AuthModule, IdempotencyModule],
  controllers: [IntakeApiController, SmsWebhookController, ChannelStatusController],
  providers: [IntakeService, TwilioSignatureGuard],
  exports: [IntakeService],
})
export class IntakeModule implements OnModuleInit {
  constructor(
    private readonly status: ChannelStatusService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.status.register('api', () => ({
      state: 'live',
      summary: 'Accepts feedback from any system holding an API key with the intake:write scope.',
      endpoints: [{ label: 'Endpoint', value: '/api/intake/feedback' }],
    }));
    this.status.register('sms', () =>
      this.config.TWILIO_AUTH_TOKEN
        ? {
            state: 'live',
            summary: `Verifies X-Twilio-Signature; numbers without a country code are read as ${this.config.SMS_DEFAULT_REGION}.`,
            endpoints: [{ label: 'Webhook URL for your Twilio number', value: `${this.config.PUBLIC_URL?.replace(/\/+$/, '') ?? ''}/api/intake/sms/twilio` }],
          }
        : { state: 'not_configured', summary: 'Set TWILIO_AUTH_TOKEN to accept inbound SMS.', endpoints: [] },
    );
  }
}
