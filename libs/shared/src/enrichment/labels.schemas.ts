import { z } from 'zod';
import { SENTIMENTS } from '../routing/rules.schemas';

/** A staff correction of one item: its sentiment, its topics, or (admins and owners) its department. */
export const createLabelRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('sentiment'), value: z.enum(SENTIMENTS) }).strict(),
  z
    .object({
      kind: z.literal('topics'),
      value: z
        .array(z.string().trim().toLowerCase().min(1).max(60))
        .max(20)
        .transform((topics) => [...new Set(topics)].sort()),
    })
    .strict(),
  z.object({ kind: z.literal('department'), value: z.uuid() }).strict(),
]);
export type CreateLabelRequest = z.infer<typeof createLabelRequestSchema>;

export const LABEL_KIND_VALUES = ['sentiment', 'topics', 'department'] as const;
export type FeedbackLabelKind = (typeof LABEL_KIND_VALUES)[number];

export interface FeedbackLabelDto {
  id: string;
  feedbackId: string;
  kind: FeedbackLabelKind;
  value: string | string[];
  source: 'correction' | 'confirmation' | 'import';
  createdBy: { id: string; name: string } | null;
  createdAt: string;
}

export const TRAINABLE_MODEL_KINDS = ['sentiment', 'department'] as const;
export const modelKindParamSchema = z.object({ kind: z.enum(TRAINABLE_MODEL_KINDS) });
export type TrainableModelKind = (typeof TRAINABLE_MODEL_KINDS)[number];

export interface ModelLabelScores {
  precision: number;
  recall: number;
  f1: number;
  support: number;
}

export interface ClassifierModelDto {
  id: string;
  kind: 'sentiment' | 'topic' | 'department';
  version: number;
  status: 'active' | 'candidate' | 'retired' | 'rejected';
  algorithm: string;
  trainingSize: number;
  holdoutSize: number;
  holdoutAccuracy: number;
  /** The active model's accuracy on the same held-out slice when this one was trained (null: none). */
  previousAccuracy: number | null;
  macroF1: number | null;
  perLabel: Record<string, ModelLabelScores>;
  /** `matrix[actual][predicted]`; for departments the labels are department names. */
  confusion: { labels: string[]; matrix: number[][] } | null;
  trainedAt: string;
  promotedAt: string | null;
}

export interface ModelKindSummary {
  kind: TrainableModelKind;
  active: ClassifierModelDto | null;
  history: ClassifierModelDto[];
  /** Items with a label of this kind (latest per item counts once). */
  labelledItems: number;
  /** Labels recorded since the newest model was trained. */
  newLabels: number;
  /** What a retrain needs before it runs. */
  minimumExamples: number;
  minimumNewLabels: number;
}

export interface ModelsOverview {
  kinds: ModelKindSummary[];
}

export interface RetrainAccepted {
  kind: TrainableModelKind;
  status: 'queued';
}
