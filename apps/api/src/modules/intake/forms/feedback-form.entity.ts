import { type AskEmail, type FormBranding, type FormKind, type FormQuestions, ASK_EMAIL_MODES, FORM_KINDS } from '@fullcircle/shared';
import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { oneOf } from '../../../database/check-constraints';

/**
 * A hosted feedback form (`/f/<slug>`) and the widget that embeds it on a customer's site. Answers
 * go through intake as `web_form` (hosted page) or `widget` feedback with source `form:<id>`.
 */
@Entity({ name: 'feedback_form' })
@Index('feedback_form_slug_idx', ['slug'], { unique: true })
@Check('feedback_form_kind_check', oneOf('kind', FORM_KINDS))
@Check('feedback_form_ask_email_check', oneOf('ask_email', ASK_EMAIL_MODES))
export class FeedbackForm {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** URL-safe, unique: the hosted page's path and the widget's `data-form`. */
  @Column({ type: 'text' })
  slug: string;

  @Column({ type: 'text' })
  kind: FormKind;

  /** Score wording, optional comment question and extra questions, in the order shown. */
  @Column({ type: 'jsonb' })
  questions: FormQuestions;

  @Column({ type: 'jsonb' })
  branding: FormBranding;

  /** Exact origins (`https://shop.example.com`) whose pages may post through the widget. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  allowedOrigins: string[];

  @Column({ type: 'text', default: 'optional' })
  askEmail: AskEmail;

  /** Chat mode: the first answer opens a conversation the browser can post follow-ups to. */
  @Column({ type: 'boolean', default: false })
  conversationEnabled: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
