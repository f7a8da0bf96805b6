import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * The built-in development mailbox: where outbound email and SMS land when no SMTP relay or SMS
 * provider is configured, so a new user sees what the product sent (Settings → Mailbox).
 */
@Entity({ name: 'mailbox_message' })
@Index('mailbox_message_received_idx', ['receivedAt', 'id'])
@Index('mailbox_message_to_idx', ['toAddress', 'receivedAt'])
export class MailboxMessage {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  channel: 'email' | 'sms';

  @Column({ type: 'text' })
  fromAddress: string;

  @Column({ type: 'text' })
  toAddress: string;

  @Column({ type: 'text', nullable: true })
  subject: string | null;

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  headers: Record<string, string>;

  /** The whole RFC 822 message, for email. */
  @Column({ type: 'text', nullable: true })
  raw: string | null;

  @Column({ type: 'uuid', nullable: true })
  outboundMessageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  receivedAt: Date;
}
