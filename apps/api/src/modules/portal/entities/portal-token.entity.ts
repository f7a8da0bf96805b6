import { PORTAL_TOKEN_CHANNELS, PORTAL_TOKEN_PURPOSES, type PortalTokenChannel, type PortalTokenPurpose } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';

/** A magic link or one-time code. Only the SHA-256 of the secret is stored; it works once, briefly. */
@Entity({ name: 'portal_token' })
@Index('portal_token_hash_idx', ['tokenHash'], { unique: true })
@Index('portal_token_customer_idx', ['customerId', 'createdAt'])
@Check('portal_token_purpose_check', oneOf('purpose', PORTAL_TOKEN_PURPOSES))
@Check('portal_token_channel_check', oneOf('channel', PORTAL_TOKEN_CHANNELS))
export class PortalToken {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'portal_token_customer_fk' })
  customer?: Customer;

  @Column({ type: 'text' })
  purpose: PortalTokenPurpose;

  @Column({ type: 'text' })
  channel: PortalTokenChannel;

  @Column({ type: 'text' })
  tokenHash: string;

  /** For verify_identity: the identity being added (kind and normalised value) until it is proven. */
  @Column({ type: 'text', nullable: true })
  identityKind: string | null;

  @Column({ type: 'text', nullable: true })
  identityValue: string | null;

  /** Wrong guesses at a code; the token dies after a few. */
  @Column({ type: 'integer', default: 0 })
  failedAttempts: number;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
