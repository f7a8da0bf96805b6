import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { MailboxService } from '../mailbox/mailbox.service';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel-adapter';
import { DeliveryError, classifySmsResponse } from './delivery-error';

export const SMS_STATUS_PATH = '/api/communications/sms/status';

/**
 * SMS through a Twilio-compatible REST API (TWILIO_API_URL), with a status callback for delivery;
 * into the development mailbox while no account and sending number are configured.
 */
@Injectable()
export class SmsAdapter implements ChannelAdapter {
  readonly channel = 'sms' as const;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailbox: MailboxService,
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const { TWILIO_ACCOUNT_SID: sid, TWILIO_AUTH_TOKEN: token, TWILIO_FROM_NUMBER: from } = this.config;
    if (!sid || !from) {
      const id = await this.mailbox.deliver({ channel: 'sms', fromAddress: from ?? 'Fullcircle', toAddress: message.to, subject: null, text: message.body, headers: {}, raw: null, outboundMessageId: message.id });
      return { providerMessageId: `mailbox:${id}`, delivered: false };
    }
    const form = new URLSearchParams({ To: message.to, From: from, Body: message.body });
    if (this.config.PUBLIC_URL) form.set('StatusCallback', this.config.PUBLIC_URL.replace(/\/+$/, '') + SMS_STATUS_PATH);
    const url = `${this.config.TWILIO_API_URL.replace(/\/+$/, '')}/2010-04-01/Accounts/${encodeURIComponent(sid)}/Messages.json`;
    let res: Response;
    try {
      res = await fetch(url, {
        method: 'POST',
        headers: { authorization: `Basic ${Buffer.from(`${sid}:${token ?? ''}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
        body: form,
        signal: AbortSignal.timeout(30_000),
      });
    } catch (err) {
      throw new DeliveryError(`The SMS provider could not be reached: ${(err as Error).message}`, false);
    }
    const text = await res.text();
    if (!res.ok) throw classifySmsResponse(res.status, providerMessage(text));
    return { providerMessageId: parseJson<{ sid?: string }>(text)?.sid ?? null, delivered: false };
  }
}

function parseJson<T>(text: string): T | null {
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

const providerMessage = (text: string) => parseJson<{ message?: string }>(text)?.message ?? text.slice(0, 300);
