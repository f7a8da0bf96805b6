import type { ApiKeyScope } from '@fullcircle/shared';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// The foreign key needs org's entity class; auth still reads users only through joins for display.
import { User } from '../../org/entities/user.entity';

/** A secret that lets an outside system call scoped endpoints. Only the SHA-256 of the secret is stored. */
@Entity({ name: 'api_key' })
@Index('api_key_secret_hash_idx', ['secretHash'], { unique: true })
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** The first characters of the secret (e.g. `fc_live_ab12`), so people can tell keys apart. */
  @Column({ type: 'text' })
  prefix: string;

  @Column({ type: 'text' })
  secretHash: string;

  @Column({ type: 'text', array: true })
  scopes: ApiKeyScope[];

  @Column({ type: 'uuid', nullable: true })
  createdById: string | null;

  @ManyToOne(() => User, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'created_by_id', foreignKeyConstraintName: 'api_key_created_by_fk' })
  createdBy?: User | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Updated at most once a minute, so a busy key does not write on every request. */
  @Column({ type: 'timestamptz', nullable: true })
  lastUsedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
