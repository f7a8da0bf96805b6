import { WEBHOOK_SOURCE_KINDS, type WebhookFieldMapping, type WebhookSourceKind } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../../database/check-constraints';
// The foreign key needs org's entity class; nothing here reads users except through joins.
import { User } from '../../../org/entities/user.entity';

/**
 * A social network or review platform that posts to its own webhook URL
 * (`/api/intake/webhooks/<id>`). The signing secret is needed in plaintext to verify each HMAC,
 * so it is stored encrypted (see webhook-secret.ts) and never returned after creation or rotation.
 */
@Entity({ name: 'webhook_source' })
@Check('webhook_source_kind_check', oneOf('kind', WEBHOOK_SOURCE_KINDS))
export class WebhookSource {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Which feedback channel its items go to. */
  @Column({ type: 'text' })
  kind: WebhookSourceKind;

  /** twitter, trustpilot, google...: also the network of the authors' handle identities. */
  @Column({ type: 'text' })
  network: string;

  /** `enc:v1:...` (AES-256-GCM under SECRETS_KEY) or `plain:...` when no key is configured. */
  @Column({ type: 'text' })
  secretSealed: string;

  /** The secret's first characters, to tell an old secret from a new one. */
  @Column({ type: 'text' })
  secretPrefix: string;

  @Column({ type: 'jsonb' })
  mapping: WebhookFieldMapping;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'webhook_source_created_by_fk' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  secretRotatedAt: Date | null;

  /** The last accepted delivery; written at most once a minute. */
  @Column({ type: 'timestamptz', nullable: true })
  lastDeliveryAt: Date | null;
}
