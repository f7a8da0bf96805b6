import { Injectable } from '@nestjs/common';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel-adapter';

/** In-app: the customer portal shows the stored message, so it is delivered as soon as it is written. */
@Injectable()
export class InAppAdapter implements ChannelAdapter {
  readonly channel = 'in_app' as const;

  async send(_message: OutgoingMessage): Promise<SendResult> {
    return { providerMessageId: null, delivered: true };
  }
}
