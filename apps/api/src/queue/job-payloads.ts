import type { SlaStep } from '@fullcircle/shared';
import type { QueueName } from './queue-names';

/** Fields every job relayed from the outbox carries: the outbox row id is also the BullMQ job id. */
export interface OutboxJob {
  outboxId: string;
}

export interface AuditRecordPayload {
  actorId: string | null;
  /** Snapshot at the time of the event: names change, the audit trail must not. */
  actorName: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  data: Record<string, unknown>;
  occurredAt: string;
}

/** Enrich one accepted feedback item (language now; sentiment, topics and routing later). */
export interface EnrichFeedbackPayload {
  feedbackId: string;
}

/** Route one enriched item: rules, then the department model, then triage; opens or joins a case. */
export interface RouteFeedbackPayload {
  feedbackId: string;
}

/** Fire one SLA step of a case, if it is still the case's next step at that instant (else a newer plan replaced it). */
export interface SlaStepPayload {
  caseId: string;
  step: SlaStep;
  /** ISO instant the step was planned for. */
  at: string;
}

/** The minutely safety net: fire SLA steps whose timers should have fired already (e.g. Redis lost them). */
export type SlaSweepPayload = Record<string, never>;

/** Send one outbound message (its row was written with the state change); repeat-safe: a sent message is never sent again. */
export interface DispatchMessagePayload {
  messageId: string;
}

/** After a case was resolved (and the delay passed): send its follow-up survey unless it was reopened since. */
export interface FollowUpSurveyPayload {
  caseId: string;
  /** ISO instant of the resolution this follow-up belongs to; a later resolution has its own job. */
  resolvedAt: string;
}

/** Close a resolved case nobody reopened within the organisation's auto-close days. */
export interface AutoCloseCasePayload {
  caseId: string;
  resolvedAt: string;
}

/** The weekly feed digest for colleagues who opted in (job scheduler). */
export type FeedDigestPayload = Record<string, never>;

/** Import one uploaded CSV file (intake's CSV channel); resumes from the rows already processed. */
export interface ImportCsvPayload {
  importJobId: string;
}

/**
 * Retrain classifiers. `kinds` absent: every trainable kind (the hourly schedule). `force`: train even
 * without enough new labels since the last model (an admin's "Retrain now"); the minimum examples still apply.
 */
export interface RetrainModelsPayload {
  kinds?: ('sentiment' | 'department')[];
  force?: boolean;
}

/** Tell everyone behind an initiative about one update (once each: the notice's key); repeat-safe. */
export interface FanOutInitiativeUpdatePayload {
  updateId: string;
}

/** The minutely surge detection (job scheduler). `now` (ISO) only for replays and tests; absent, the current time. */
export interface DetectSurgesPayload {
  now?: string;
}

/** queue → job name → payload. The worker refuses to start unless each job has exactly one handler. */
export interface JobCatalogue {
  audit: { record: AuditRecordPayload };
  cases: { 'sla-step': SlaStepPayload; 'sla-sweep': SlaSweepPayload; 'auto-close': AutoCloseCasePayload };
  communications: { dispatch: DispatchMessagePayload; 'follow-up-survey': FollowUpSurveyPayload; 'feed-digest': FeedDigestPayload };
  enrichment: { enrich: EnrichFeedbackPayload };
  imports: { 'import-csv': ImportCsvPayload };
  initiatives: { 'fan-out-update': FanOutInitiativeUpdatePayload };
  routing: { route: RouteFeedbackPayload };
  surges: { detect: DetectSurgesPayload };
  training: { retrain: RetrainModelsPayload };
}

export type JobName<Q extends QueueName> = keyof JobCatalogue[Q] & string;
export type JobPayload<Q extends QueueName, J extends JobName<Q>> = JobCatalogue[Q][J];

export const JOB_NAMES: { [Q in QueueName]: readonly JobName<Q>[] } = {
  audit: ['record'],
  cases: ['sla-step', 'sla-sweep', 'auto-close'],
  communications: ['dispatch', 'follow-up-survey', 'feed-digest'],
  enrichment: ['enrich'],
  imports: ['import-csv'],
  initiatives: ['fan-out-update'],
  routing: ['route'],
  surges: ['detect'],
  training: ['retrain'],
};
