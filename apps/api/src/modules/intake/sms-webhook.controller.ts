import { Body, Controller, HttpCode, Inject, Post, Res, UseGuards } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConsumes, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { Public } from '../../common/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { IntakeService } from './intake.service';
import { type TwilioInboundSms, twilioInboundSmsSchema } from './sms-webhook.schema';
import { TwilioSignatureGuard } from './twilio-signature.guard';

/**
 * An SMS from a number whose last message is this recent continues that conversation (and so its
 * case): texting has no subject or reply header to thread by.
 */
export const SMS_THREAD_WINDOW_HOURS = 72;

/** An empty TwiML document: "received, send no reply". */
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>';

/** Channel 4, SMS: Twilio (or a compatible provider) posts each inbound message here. */
@ApiTags('intake')
@Controller('intake/sms')
export class SmsWebhookController {
  constructor(
    private readonly intake: IntakeService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('twilio')
  @HttpCode(200)
  @Public('Twilio calls it; every request must carry a valid X-Twilio-Signature')
  @UseGuards(TwilioSignatureGuard)
  @ApiOperation({ summary: 'Inbound SMS webhook (Twilio)', description: 'Form-encoded, signed with X-Twilio-Signature. A MessageSid seen before is not stored again.' })
  @ApiConsumes('application/x-www-form-urlencoded')
  @ApiOkResponse({ description: 'Stored (or already stored); an empty TwiML response' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid; `issues` name each one' })
  @ApiForbiddenResponse({ description: 'X-Twilio-Signature is missing or does not match' })
  @ApiNotFoundResponse({ description: 'SMS intake is not configured (no TWILIO_AUTH_TOKEN)' })
  async receive(
    @Body({ schema: twilioInboundSmsSchema }) sms: TwilioInboundSms,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    await this.intake.accept(
      { text: sms.Body, externalMessageId: sms.MessageSid, customer: { phone: sms.From } },
      {
        channel: 'sms',
        source: `twilio:${sms.To || 'unknown'}`,
        phoneRegion: this.config.SMS_DEFAULT_REGION,
        thread: { openWithinHours: SMS_THREAD_WINDOW_HOURS },
      },
    );
    // Set here, not with @Header: that applies to error answers too, and their JSON bodies then fail to send.
    void reply.type('text/xml; charset=utf-8');
    return EMPTY_TWIML;
  }
}
