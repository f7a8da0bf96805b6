import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// The foreign key needs org's entity class; auth still reads users only through org's exported service.
import { User } from '../../org/entities/user.entity';

/** A signed-in browser. Only SHA-256 hashes of session tokens are stored. */
@Entity({ name: 'staff_session' })
@Index('staff_session_token_hash_idx', ['tokenHash'], { unique: true })
@Index('staff_session_previous_token_hash_idx', ['previousTokenHash'], { where: 'previous_token_hash IS NOT NULL' })
@Index('staff_session_user_idx', ['userId'])
@Index('staff_session_expires_at_idx', ['expiresAt'])
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'staff_session_user_fk' })
  user?: User;

  @Column({ type: 'text' })
  tokenHash: string;

  /** The token replaced at the last rotation, accepted for a short grace period only. */
  @Column({ type: 'text', nullable: true })
  previousTokenHash: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz' })
  rotatedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz' })
  lastSeenAt: Date;

  @Column({ type: 'text', nullable: true })
  userAgent: string | null;

  @Column({ type: 'text', nullable: true })
  ip: string | null;
}
