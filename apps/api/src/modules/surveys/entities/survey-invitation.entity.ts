import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
// Foreign keys only: customers and feedback are read and written through their owners' services.
import { Customer } from '../../customers/entities/customer.entity';
import { Feedback } from '../../intake/entities/feedback.entity';
import { Survey } from './survey.entity';
import type { Case } from '../../cases/entities/case.entity';

/**
 * One customer's link to one survey. Its first answer creates a feedback item; later answers
 * update that item, so a link never yields two (`feedback_id` is unique).
 */
@Entity({ name: 'survey_invitation' })
@Index('survey_invitation_survey_idx', ['surveyId', 'createdAt'])
@Index('survey_invitation_customer_idx', ['customerId'])
@Index('survey_invitation_case_idx', ['caseId'], { where: 'case_id IS NOT NULL' })
@Index('survey_invitation_feedback_idx', ['feedbackId'], { unique: true, where: 'feedback_id IS NOT NULL' })
@Check(
  'survey_invitation_answer_check',
  '("feedback_id" IS NULL AND "answered_at" IS NULL AND "score" IS NULL AND "times_answered" = 0) OR ("feedback_id" IS NOT NULL AND "answered_at" IS NOT NULL AND "score" IS NOT NULL AND "times_answered" > 0)',
)
export class SurveyInvitation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  surveyId: string;

  @ManyToOne(() => Survey, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'survey_id', foreignKeyConstraintName: 'survey_invitation_survey_fk' })
  survey?: Survey;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne(() => Customer)
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'survey_invitation_customer_fk' })
  customer?: Customer;

  /** A follow-up after a case was resolved: the answer attaches to this case. */
  @Column({ type: 'uuid', nullable: true })
  caseId: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'case_id', foreignKeyConstraintName: 'survey_invitation_case_fk' })
  case?: Case;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  /** Also signed into the link, so an expired link is refused before any lookup. */
  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'uuid', nullable: true })
  feedbackId: string | null;

  @ManyToOne(() => Feedback)
  @JoinColumn({ name: 'feedback_id', foreignKeyConstraintName: 'survey_invitation_feedback_fk' })
  feedback?: Feedback;

  /** The latest answer: the survey's own record, for the answer page and the survey's summary. */
  @Column({ type: 'smallint', nullable: true })
  score: number | null;

  @Column({ type: 'text', nullable: true })
  comment: string | null;

  /** When it was last answered. */
  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @Column({ type: 'int', default: 0 })
  timesAnswered: number;
}
