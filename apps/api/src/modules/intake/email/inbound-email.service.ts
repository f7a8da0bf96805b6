import { Inject, Injectable, Logger } from '@nestjs/common';
import type { AcceptedFeedback } from '@fullcircle/shared';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { EmailBouncesService } from '../../communications/dispatch/email-bounces.service';
import { ChannelActivityService } from '../activity/channel-activity.service';
import { IntakeService } from '../intake.service';
import { InboundAddresses, type MatchedRecipient } from './inbound-addresses';
import { type Envelope, PermanentEmailRejection, parseInboundEmail } from './inbound-email.parser';

export const EMAIL_SOURCE = 'smtp';

export type InboundEmailResult =
  | { outcome: 'stored'; feedback: AcceptedFeedback }
  | { outcome: 'dropped'; messageId: string; reason: string };

/**
 * What the SMTP session (and the demo seed) hands a whole message to. `receive` resolves only
 * once the item is committed in PostgreSQL, so the session answers 250 only for stored mail;
 * it throws PermanentEmailRejection for mail that can never be stored, anything else is temporary.
 */
@Injectable()
export class InboundEmailService {
  private readonly logger = new Logger(InboundEmailService.name);
  readonly addresses: InboundAddresses;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly intake: IntakeService,
    private readonly activity: ChannelActivityService,
    private readonly bounces: EmailBouncesService,
  ) {
    this.addresses = new InboundAddresses(config.INBOUND_EMAIL_ADDRESSES);
  }

  /** RCPT TO: one of the feedback addresses, or null (the session answers 550 and records it). */
  recipient(address: string): MatchedRecipient | null {
    const match = this.addresses.match(address);
    if (!match) this.activity.record({ channel: 'email', outcome: 'rejected', status: 550, detail: `unknown recipient ${address}`, source: EMAIL_SOURCE });
    return match;
  }

  /** DATA larger than SMTP_MAX_MESSAGE_BYTES: the session answers 552. */
  oversize(bytes: number): void {
    this.rejected(552, `message of ${bytes} bytes is over the size limit`);
  }

  async receive(raw: Buffer, envelope: Envelope): Promise<InboundEmailResult> {
    let parsed: Awaited<ReturnType<typeof parseInboundEmail>>;
    try {
      parsed = await parseInboundEmail(raw, envelope);
    } catch (error) {
      const rejection = error instanceof PermanentEmailRejection ? error : new PermanentEmailRejection(554, '5.6.0 The message could not be read');
      this.rejected(rejection.responseCode, rejection.message);
      throw rejection;
    }
    if (parsed.kind === 'dropped') {
      // A bounce of a reply we sent: that reply is marked bounced (a database error here answers 451, and the bounce comes again).
      const bounced = parsed.bounce ? await this.bounces.record(parsed.bounce.originalMessageIds, parsed.bounce.diagnostic) : 0;
      const detail = `${parsed.reason}: ${parsed.messageId}${bounced ? `; marked ${bounced} sent message${bounced === 1 ? '' : 's'} bounced` : ''}`;
      this.activity.record({ channel: 'email', outcome: 'rejected', status: 250, detail, source: EMAIL_SOURCE });
      return { outcome: 'dropped', messageId: parsed.messageId, reason: parsed.reason };
    }
    try {
      const feedback = await this.intake.accept(parsed.item, { channel: 'email', source: EMAIL_SOURCE, thread: parsed.thread });
      this.activity.record({
        channel: 'email',
        outcome: 'accepted',
        status: 250,
        detail: `${parsed.summary} → ${feedback.conversationReference}`,
        source: EMAIL_SOURCE,
        feedbackId: feedback.id,
      });
      return { outcome: 'stored', feedback };
    } catch (error) {
      // The database is down or busy: the sender's server keeps the message and tries again.
      this.logger.warn(`inbound email not stored, answering 451: ${(error as Error).message}`);
      this.rejected(451, `temporary failure, sender will retry: ${(error as Error).message}`);
      throw error;
    }
  }

  private rejected(status: number, detail: string): void {
    this.activity.record({ channel: 'email', outcome: 'rejected', status, detail, source: EMAIL_SOURCE });
  }
}
