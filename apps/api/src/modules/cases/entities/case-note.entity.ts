import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { User } from '../../org/entities/user.entity';
import type { Case } from './case.entity';

/** An internal note on a case; never shown to the customer. */
@Entity({ name: 'case_note' })
@Index('case_note_case_idx', ['caseId', 'createdAt'])
export class CaseNote {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  caseId: string;

  @ManyToOne('Case', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'case_note_case_fk' })
  case?: Case;

  @Column({ type: 'uuid', nullable: true })
  authorId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'case_note_author_fk' })
  author?: User;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  mentions: string[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
