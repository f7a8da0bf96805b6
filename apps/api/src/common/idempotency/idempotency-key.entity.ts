import { Check, Column, Entity, Index, PrimaryColumn } from 'typeorm';

export type IdempotencyStatus = 'in_progress' | 'completed';

/**
 * One Idempotency-Key as a client used it (Stripe's semantics): the request it came with, and once
 * finished the response to replay. Keys are per scope (the calling API key), kept 24 hours.
 */
@Entity({ name: 'idempotency_key' })
@Index('idempotency_key_expires_at_idx', ['expiresAt'])
@Check('idempotency_key_status_check', `"status" IN ('in_progress', 'completed')`)
export class IdempotencyKey {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotency_key_pkey' })
  scope: string;

  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'idempotency_key_pkey' })
  key: string;

  /** SHA-256 of method, path and canonical JSON body: the same key with another request is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'text' })
  status: IdempotencyStatus;

  @Column({ type: 'smallint', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'jsonb', nullable: true })
  responseBody: unknown;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;
}
