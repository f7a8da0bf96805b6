import { SCORE_SCALES, type Channel, type Score, type SubmitFeedbackRequest } from '@fullcircle/shared';
import { fieldInvalid } from '../../common/http/field-errors';
import type { ThreadHint } from './conversations/thread-hint';
import type { Feedback } from './entities/feedback.entity';

/** Where an item came from, as told by the channel adapter that accepted it. */
export interface IntakeContext {
  channel: Channel;
  /** Which sender within the channel (an API key, a form, an import mapping); also namespaces external customer ids. */
  source: string;
  idempotencyKey?: string;
  /** Country for phone numbers written without a country code (e.g. the SMS number's country). */
  phoneRegion?: string;
  /** Which conversation the item continues; without one (or when it does not match) a new one starts. */
  thread?: ThreadHint;
  /**
   * The customer, when the channel already knows them (a chat follow-up authenticated by its
   * conversation token): the item's own `customer` is then optional and not resolved.
   */
  customerId?: string;
}

/** What a channel hands to intake: a submission whose sender may be known from the context instead. */
export type IntakeItem = Omit<SubmitFeedbackRequest, 'customer'> & { customer?: SubmitFeedbackRequest['customer'] };

/** Enrichment fills in the rest later. */
export type NewFeedback = Omit<
  Feedback,
  | 'id' | 'customer' | 'conversation' | 'acceptedAt' | 'enrichedAt'
  | 'sentiment' | 'sentimentScore' | 'sentimentModel' | 'topics' | 'topicsModel' | 'urgency' | 'urgencyModel' | 'personalData'
>;

/**
 * The schema already checks the range at the HTTP edge; channels that build requests themselves
 * (CSV, email) get the same 400 here rather than a database error.
 */
export function scoreColumns(score: Score | undefined): Pick<Feedback, 'scoreScale' | 'scoreValue'> {
  if (!score) return { scoreScale: null, scoreValue: null };
  const range = SCORE_SCALES[score.scale];
  if (!range) throw fieldInvalid('score.scale', 'must be one of nps, csat or ces');
  if (!Number.isInteger(score.value) || score.value < range.min || score.value > range.max) {
    throw fieldInvalid('score.value', `must be between ${range.min} and ${range.max} on the ${score.scale} scale`);
  }
  return { scoreScale: score.scale, scoreValue: score.value };
}

export function feedbackRow(
  input: IntakeItem,
  context: IntakeContext,
  thread: { customerId: string; conversationId: string },
  now: Date,
): NewFeedback {
  return {
    customerId: thread.customerId,
    conversationId: thread.conversationId,
    channel: context.channel,
    source: context.source,
    subject: input.subject || null,
    text: input.text,
    ...scoreColumns(input.score),
    language: input.language ?? null,
    languageSource: input.language ? 'declared' : null,
    journeyStage: input.journeyStage ?? null,
    receivedAt: input.receivedAt ? new Date(input.receivedAt) : now,
    externalMessageId: input.externalMessageId ?? null,
    metadata: input.metadata ?? {},
    attachments: input.attachments ?? [],
    idempotencyKey: context.idempotencyKey ?? null,
  };
}
