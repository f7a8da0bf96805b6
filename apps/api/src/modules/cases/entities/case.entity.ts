import { CASE_PRIORITIES, CASE_STATUSES, ROUTED_BY, type CasePriority, type CaseStatus, type RoutedBy, type SlaStep } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';
import type { Customer } from '../../customers/entities/customer.entity';
import type { Conversation } from '../../intake/entities/conversation.entity';
import type { Feedback } from '../../intake/entities/feedback.entity';
import type { Department } from '../../org/entities/department.entity';
import type { User } from '../../org/entities/user.entity';
import type { CaseSlaPlan, SlaPause } from '../sla/case-sla-plan';

/** Why the case sits where it is: the rule or model that decided, stored as decided. */
export interface StoredRoutingDecision {
  by: RoutedBy;
  rule: { id: string; name: string; matched: string[] } | null;
  model: { name: string; confidence: number; threshold: number; departmentId: string | null } | null;
  explanation: string;
  decidedAt: string;
}

export interface StoredResolution {
  summary: string | null;
  noReplyReason: string | null;
  resolvedById: string | null;
}

export type FollowUpStatus = 'scheduled' | 'sent' | 'answered' | 'cancelled' | 'suppressed';

/**
 * The unit of work that closes the loop on one customer's feedback: opened by routing for a
 * conversation, owned by a department (none while in triage), with SLA due times.
 */
@Entity({ name: 'cases' })
// The inbox: a department's open cases by next SLA due time.
@Index('cases_department_inbox_idx', ['departmentId', 'status', 'slaDueAt', 'id'])
// The inbox's default order (SLA due first) over open cases, per department and overall (expression indexes, CloseTheLoop migration).
@Index('cases_inbox_sla_idx', { synchronize: false })
@Index('cases_open_sla_idx', { synchronize: false })
@Index('cases_assignee_idx', ['assigneeId', 'status'])
@Index('cases_customer_idx', ['customerId', 'status'])
@Index('cases_conversation_idx', ['conversationId'])
// The SLA sweep: steps whose timer should have fired by now.
@Index('cases_sla_next_step_idx', ['slaNextStepAt'], { where: 'sla_next_step_at IS NOT NULL' })
@Check('cases_status_check', oneOf('status', CASE_STATUSES))
@Check('cases_priority_check', oneOf('priority', CASE_PRIORITIES))
@Check('cases_routed_by_check', oneOf('routed_by', ROUTED_BY))
@Check('cases_follow_up_status_check', `"follow_up_status" IN ('scheduled', 'sent', 'answered', 'cancelled', 'suppressed')`)
@Check('cases_triage_check', `("status" = 'triage') = ("department_id" IS NULL)`)
export class Case {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  customerId: string;

  @ManyToOne('Customer')
  @JoinColumn({ name: 'customer_id', foreignKeyConstraintName: 'cases_customer_fk' })
  customer?: Customer;

  @Column({ type: 'uuid' })
  conversationId: string;

  @ManyToOne('Conversation')
  @JoinColumn({ name: 'conversation_id', foreignKeyConstraintName: 'cases_conversation_fk' })
  conversation?: Conversation;

  @Column({ type: 'uuid', nullable: true })
  departmentId: string | null;

  @ManyToOne('Department', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'department_id', foreignKeyConstraintName: 'cases_department_fk' })
  department?: Department;

  @Column({ type: 'uuid', nullable: true })
  assigneeId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'assignee_id', foreignKeyConstraintName: 'cases_assignee_fk' })
  assignee?: User;

  /** The item that opened the case: the inbox shows its channel and text. */
  @Column({ type: 'uuid' })
  firstFeedbackId: string;

  @ManyToOne('Feedback')
  @JoinColumn({ name: 'first_feedback_id', foreignKeyConstraintName: 'cases_first_feedback_fk' })
  firstFeedback?: Feedback;

  @Column({ type: 'integer', default: 1 })
  itemCount: number;

  @Column({ type: 'text' })
  status: CaseStatus;

  @Column({ type: 'text' })
  priority: CasePriority;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'text' })
  routedBy: RoutedBy;

  @Column({ type: 'jsonb' })
  routing: StoredRoutingDecision;

  /** The policy the due times come from; null: the default policy (or none while in triage). */
  @Column({ type: 'uuid', nullable: true })
  slaPolicyId: string | null;

  /** Due and warning instants of every SLA step, as last planned (null while in triage). */
  @Column({ type: 'jsonb', nullable: true })
  slaPlan: CaseSlaPlan | null;

  /** Times the clock stood still (waiting on the customer); the last one open while paused. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  slaPauses: SlaPause[];

  /** SLA steps that already fired (each fires at most once per case). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  slaFired: SlaStep[];

  /** The next step to fire and when: its timer job carries both, so a timer from an older plan is ignored. */
  @Column({ type: 'text', nullable: true })
  slaNextStep: SlaStep | null;

  @Column({ type: 'timestamptz', nullable: true })
  slaNextStepAt: Date | null;

  /** The next target due (first response until met, then resolution); null while paused or done. Sorts the inbox. */
  @Column({ type: 'timestamptz', nullable: true })
  slaDueAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  firstRespondedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;

  /** When any SLA target was first missed. */
  @Column({ type: 'timestamptz', nullable: true })
  breachedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  assignedAt: Date | null;

  /** How it was resolved: a summary, or why no reply to the customer was possible. */
  @Column({ type: 'jsonb', nullable: true })
  resolution: StoredResolution | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ type: 'integer', default: 0 })
  reopenCount: number;

  /** Set when the case was merged into another as a duplicate (it is then closed). */
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId: string | null;

  @ManyToOne('Case', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'merged_into_id', foreignKeyConstraintName: 'cases_merged_into_fk' })
  mergedInto?: Case;

  /** The follow-up survey of the latest resolution: scheduled, sent, answered, cancelled (reopened first) or suppressed. */
  @Column({ type: 'text', nullable: true })
  followUpStatus: FollowUpStatus | null;

  @Column({ type: 'timestamptz', nullable: true })
  followUpAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  openedAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
