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

/** queue → job name → payload. The worker refuses to start unless each job has exactly one handler. */
export interface JobCatalogue {
  audit: { record: AuditRecordPayload };
  enrichment: { enrich: EnrichFeedbackPayload };
  imports: { 'import-csv': ImportCsvPayload };
  training: { retrain: RetrainModelsPayload };
}

export type JobName<Q extends QueueName> = keyof JobCatalogue[Q] & string;
export type JobPayload<Q extends QueueName, J extends JobName<Q>> = JobCatalogue[Q][J];

export const JOB_NAMES: { [Q in QueueName]: readonly JobName<Q>[] } = {
  audit: ['record'],
  enrichment: ['enrich'],
  imports: ['import-csv'],
  training: ['retrain'],
};
