import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../../common/idempotency/idempotency.module';
import { AuthModule } from '../auth/auth.module';
import { CustomersModule } from '../customers/customers.module';
import { FeedbackModule } from './feedback.module';
import { IntakeApiController } from './intake-api.controller';
import { IntakeService } from './intake.service';
import { SmsWebhookController } from './sms-webhook.controller';
import { TwilioSignatureGuard } from './twilio-signature.guard';

/** Channels in: each channel's adapter (public API, form, email, SMS, ...) calls IntakeService.accept. */
@Module({
  imports: [FeedbackModule, CustomersModule, AuthModule, IdempotencyModule],
  controllers: [IntakeApiController, SmsWebhookController],
  providers: [IntakeService, TwilioSignatureGuard],
  exports: [IntakeService],
})
export class IntakeModule {}
