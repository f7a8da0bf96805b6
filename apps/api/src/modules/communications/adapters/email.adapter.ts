import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import type Mail from 'nodemailer/lib/mailer';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { MailboxService } from '../mailbox/mailbox.service';
import type { ChannelAdapter, OutgoingMessage, SendResult } from './channel-adapter';
import { classifySmtpError } from './delivery-error';
import { buildEmail } from './email-message';

const headerValue = (v: unknown): string | null => (typeof v === 'string' ? v : Array.isArray(v) ? v.join(' ') : null);

/** Email over SMTP (OUTBOUND_SMTP_URL), or into the development mailbox when none is configured. */
@Injectable()
export class EmailAdapter implements ChannelAdapter, OnModuleDestroy {
  readonly channel = 'email' as const;
  private relay: Transporter | null = null;
  private readonly preview = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly mailbox: MailboxService,
  ) {}

  async send(message: OutgoingMessage): Promise<SendResult> {
    const mail = buildEmail(message, { from: this.config.EMAIL_FROM, inbound: this.config.INBOUND_EMAIL_ADDRESSES[0] });
    if (!this.config.OUTBOUND_SMTP_URL) return this.toMailbox(message, mail);
    this.relay ??= nodemailer.createTransport(this.config.OUTBOUND_SMTP_URL);
    try {
      const info = await this.relay.sendMail(mail);
      const queued = /queued as\s+(\S+)/i.exec(info.response ?? '');
      return { providerMessageId: queued?.[1] ?? null, delivered: false };
    } catch (err) {
      throw classifySmtpError(err);
    }
  }

  onModuleDestroy(): void {
    this.relay?.close();
  }

  private async toMailbox(message: OutgoingMessage, mail: Mail.Options): Promise<SendResult> {
    const info = await this.preview.sendMail(mail);
    const headers: Record<string, string> = {};
    const set = (name: string, value: unknown) => {
      const v = headerValue(value);
      if (v) headers[name] = v;
    };
    set('message-id', info.messageId);
    set('from', mail.from);
    set('to', mail.to);
    set('subject', mail.subject);
    set('reply-to', mail.replyTo);
    set('in-reply-to', mail.inReplyTo);
    set('references', mail.references);
    const id = await this.mailbox.deliver({
      channel: 'email',
      fromAddress: String(mail.from),
      toAddress: message.to,
      subject: mail.subject ?? null,
      text: message.body,
      headers,
      raw: (info.message as Buffer).toString('utf8'),
      outboundMessageId: message.id,
    });
    return { providerMessageId: `mailbox:${id}`, delivered: false };
  }
}
