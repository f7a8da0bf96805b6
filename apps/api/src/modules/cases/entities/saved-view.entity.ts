import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { User } from '../../org/entities/user.entity';

/** A colleague's named inbox filters. */
@Entity({ name: 'saved_view' })
@Index('saved_view_user_name_idx', ['userId', 'name'], { unique: true })
export class SavedView {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'saved_view_user_fk' })
  user?: User;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'jsonb' })
  query: Record<string, string>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
