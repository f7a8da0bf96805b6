import type { TrainableModelKind } from '@fullcircle/shared';
import type { LabelKind } from '../entities/feedback-label.entity';

/** Fewer labelled items than this and a retrain does not run: the held-out slice would say nothing. */
export const MIN_TRAINING_EXAMPLES = 50;
/** The hourly schedule retrains a kind only once this many labels arrived since its newest model. */
export const MIN_NEW_LABELS = 20;
/** Share of labelled items held out to score candidates (the same items each round, see holdOutSplit). */
export const HOLDOUT_FRACTION = 0.2;
/** How often the schedule looks for new labels. */
export const RETRAIN_EVERY_MS = 60 * 60 * 1000;
export const RETRAIN_SCHEDULER_ID = 'retrain-models-hourly';

/** The label kind each trainable model learns from. */
export const LABEL_KIND_FOR: Record<TrainableModelKind, LabelKind> = { sentiment: 'sentiment', department: 'department' };

/** Seed of the held-out split: fixed per kind so items stay on their side across retrains. */
export const holdoutSeed = (kind: TrainableModelKind) => `holdout:${kind}`;

export type RetrainOutcome =
  | { kind: TrainableModelKind; outcome: 'skipped'; reason: string; examples: number; newLabels: number }
  | {
      kind: TrainableModelKind;
      outcome: 'promoted' | 'rejected';
      version: number;
      accuracy: number;
      previousAccuracy: number | null;
    };

/** Whether a retrain should run now; pure, so the schedule's rule is testable on its own. */
export function retrainDecision(
  input: { examples: number; distinctLabels: number; newLabels: number; hasModel: boolean; force: boolean },
  policy = { minExamples: MIN_TRAINING_EXAMPLES, minNewLabels: MIN_NEW_LABELS },
): { run: true } | { run: false; reason: string } {
  if (input.examples < policy.minExamples) {
    return { run: false, reason: `needs at least ${policy.minExamples} labelled items, has ${input.examples}` };
  }
  if (input.distinctLabels < 2) return { run: false, reason: 'needs at least two different labels' };
  if (!input.force && input.hasModel && input.newLabels < policy.minNewLabels) {
    return { run: false, reason: `needs ${policy.minNewLabels} new labels since the last model, has ${input.newLabels}` };
  }
  return { run: true };
}
