import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ListMailboxQuery, MailboxMessageDto, MailboxPage, ReplyFromMailboxRequest } from '@fullcircle/shared';
import { listMailboxQuerySchema } from '@fullcircle/shared';
import nodemailer from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { fieldInvalid } from '../../../common/http/field-errors';
import { MailboxMessage } from '../entities/mailbox-message.entity';

export type MailboxEntry = Pick<MailboxMessage, 'channel' | 'fromAddress' | 'toAddress' | 'subject' | 'text' | 'headers' | 'raw' | 'outboundMessageId'>;

const encodeCursor = (m: MailboxMessage) => Buffer.from(`${m.receivedAt.toISOString()}|${m.id}`).toString('base64url');

function decodeCursor(cursor: string): { at: string; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (!at || !id || Number.isNaN(Date.parse(at)) || !/^[0-9a-f-]{36}$/i.test(id)) throw fieldInvalid('cursor', 'is not a cursor this list gave out');
  return { at, id };
}

export function toMailboxDto(m: MailboxMessage): MailboxMessageDto {
  return {
    id: m.id,
    channel: m.channel,
    from: m.fromAddress,
    to: m.toAddress,
    subject: m.subject,
    text: m.text,
    headers: m.headers,
    outboundMessageId: m.outboundMessageId,
    receivedAt: m.receivedAt.toISOString(),
  };
}

/**
 * The built-in development mailbox: outbound email and SMS land here while no relay or SMS
 * provider is configured, and a demo user can answer an email as the customer would.
 */
@Injectable()
export class MailboxService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Stores one message; a second store for the same outbound message (a retried attempt) is a no-op. */
  async deliver(entry: MailboxEntry): Promise<string> {
    const [row]: { id: string }[] = await this.dataSource.query(
      `INSERT INTO mailbox_message (channel, from_address, to_address, subject, text, headers, raw, outbound_message_id)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8
       WHERE $8::uuid IS NULL OR NOT EXISTS (SELECT 1 FROM mailbox_message WHERE outbound_message_id = $8::uuid)
       RETURNING id`,
      [entry.channel, entry.fromAddress, entry.toAddress, entry.subject, entry.text, entry.headers, entry.raw, entry.outboundMessageId],
    );
    if (row) return row.id;
    const existing = await this.dataSource.manager.findOneByOrFail(MailboxMessage, { outboundMessageId: entry.outboundMessageId! });
    return existing.id;
  }

  async list(query: ListMailboxQuery): Promise<MailboxPage> {
    const { to, cursor, limit } = listMailboxQuerySchema.parse(query);
    const qb = this.dataSource.manager.createQueryBuilder(MailboxMessage, 'm').orderBy('m.receivedAt', 'DESC').addOrderBy('m.id', 'DESC').take(limit + 1);
    if (to) qb.andWhere('lower(m.toAddress) = lower(:to)', { to });
    if (cursor) {
      const after = decodeCursor(cursor);
      qb.andWhere('(m.receivedAt, m.id) < (:at::timestamptz, :id::uuid)', after);
    }
    const rows = await qb.getMany();
    const page = rows.slice(0, limit);
    return { messages: page.map(toMailboxDto), nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]) : null };
  }

  async get(id: string): Promise<MailboxMessageDto> {
    return toMailboxDto(await this.find(id));
  }

  /**
   * Plays the customer: mails their answer for real to the app's own inbound SMTP server, from the
   * address the email went to, to its Reply-To, quoting its Message-ID, so it threads onto the case
   * exactly as a real customer's reply would.
   */
  async reply(id: string, body: ReplyFromMailboxRequest): Promise<{ messageId: string }> {
    if (this.config.OUTBOUND_SMTP_URL) throw new NotFoundException('The development mailbox is off: email goes to OUTBOUND_SMTP_URL');
    const original = await this.find(id);
    if (original.channel !== 'email') throw fieldInvalid('id', 'only an email can be answered from the mailbox');
    const h = original.headers;
    const messageId = h['message-id'];
    const references = [...(h.references ?? '').split(/\s+/).filter(Boolean), ...(messageId ? [messageId] : [])];
    const host = this.config.SMTP_HOST ?? (this.config.HOST === '0.0.0.0' || this.config.HOST === '::' ? '127.0.0.1' : this.config.HOST);
    // Our own server: STARTTLS only when configured, with whatever certificate it was given.
    const transport = nodemailer.createTransport({ host, port: this.config.SMTP_PORT, secure: false, tls: { rejectUnauthorized: false } });
    try {
      const info = await transport.sendMail({
        from: original.toAddress,
        to: h['reply-to'] || h.from || original.fromAddress,
        subject: original.subject ? (/^re:/i.test(original.subject) ? original.subject : `Re: ${original.subject}`) : 'Re: your message',
        text: body.text,
        ...(messageId ? { inReplyTo: messageId, references } : {}),
      });
      return { messageId: info.messageId };
    } finally {
      transport.close();
    }
  }

  private async find(id: string): Promise<MailboxMessage> {
    const m = await this.dataSource.manager.findOneBy(MailboxMessage, { id });
    if (!m) throw new NotFoundException('Message not found');
    return m;
  }
}
