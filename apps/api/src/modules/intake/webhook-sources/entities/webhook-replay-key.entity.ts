import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { WebhookSource } from './webhook-source.entity';

/**
 * A signature that already delivered an item. Kept in PostgreSQL, not Redis, so replay protection
 * keeps working while Redis is down (intake must). Rows older than the tolerance window can never
 * match a valid timestamp again and are deleted.
 */
@Entity({ name: 'webhook_replay_key' })
@Index('webhook_replay_key_seen_at_idx', ['seenAt'])
export class WebhookReplayKey {
  @PrimaryColumn({ type: 'uuid' })
  sourceId: string;

  /** The v1 HMAC (hex) that matched. */
  @PrimaryColumn({ type: 'text' })
  signature: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  seenAt: Date;

  @ManyToOne('WebhookSource', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id', foreignKeyConstraintName: 'webhook_replay_key_source_fk' })
  source?: WebhookSource;
}
