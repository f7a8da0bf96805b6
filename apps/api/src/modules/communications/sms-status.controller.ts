import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiConsumes, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth/permission.decorator';
import { TwilioSignatureGuard } from '../intake/twilio-signature.guard';
import { DispatchService } from './dispatch/dispatch.service';
import { type TwilioSmsStatus, twilioSmsStatusSchema } from './sms-status.schema';

/** Twilio's words for a message that will not arrive; other statuses (queued, sent, …) change nothing. */
const FINAL: Record<string, 'delivered' | 'failed'> = { delivered: 'delivered', undelivered: 'failed', failed: 'failed' };

@ApiTags('communications')
@Controller('communications/sms')
export class SmsStatusController {
  constructor(private readonly dispatch: DispatchService) {}

  @Post('status')
  @HttpCode(204)
  @Public('The SMS provider calls it; every request must carry a valid X-Twilio-Signature')
  @UseGuards(TwilioSignatureGuard)
  @ApiConsumes('application/x-www-form-urlencoded')
  async status(@Body({ schema: twilioSmsStatusSchema }) body: TwilioSmsStatus): Promise<void> {
    const status = FINAL[body.MessageStatus.toLowerCase()];
    if (!status) return;
    const reason = status === 'failed' ? `The SMS provider could not deliver it${body.ErrorCode ? ` (error ${body.ErrorCode}${body.ErrorMessage ? `: ${body.ErrorMessage}` : ''})` : ''}` : null;
    await this.dispatch.providerStatus(body.MessageSid, status, reason);
  }
}
