import type { ThresholdCurvePoint } from '@fullcircle/shared';
import type { LabelledExample } from './classifier-types';
import { hashString } from './seeded-random';

export interface LabelScores {
  precision: number;
  recall: number;
  f1: number;
  /** Examples whose true label is this one. */
  support: number;
}

export interface Evaluation {
  size: number;
  accuracy: number;
  /** Unweighted mean of the per-label F1 scores. */
  macroF1: number;
  perLabel: Record<string, LabelScores>;
  /** `matrix[actual][predicted]`, both indexed by `labels`. */
  confusion: { labels: string[]; matrix: number[][] };
  /**
   * Coverage and precision when only predictions with at least a threshold's confidence count
   * (see `thresholdCurve`); empty when the predictor gives no confidence.
   */
  curve: ThresholdCurvePoint[];
}

/** Anything that predicts a label for a text: a trained classifier, or a rule scorer wrapped. */
export interface Predictor {
  predict(text: string): { label: string; confidence?: number };
}

/** The thresholds of a threshold curve: 0.5, 0.55, … 0.95. */
export const CURVE_THRESHOLDS: readonly number[] = Array.from({ length: 10 }, (_, step) => (50 + 5 * step) / 100);

/**
 * What auto-routing above a confidence threshold would do on held-out examples: for each
 * threshold, the share of examples whose confidence is at least the threshold (`coverage`) and
 * the share of those whose predicted label is the true one (`precision`). A threshold that keeps
 * no example has precision 1 (nothing routed, nothing routed wrongly), the usual convention.
 */
export function thresholdCurve(
  predictions: { actual: string; predicted: string; confidence: number }[],
  thresholds: readonly number[] = CURVE_THRESHOLDS,
): ThresholdCurvePoint[] {
  return thresholds.map((threshold) => {
    let kept = 0;
    let correct = 0;
    for (const prediction of predictions) {
      if (prediction.confidence < threshold) continue;
      kept++;
      if (prediction.predicted === prediction.actual) correct++;
    }
    return {
      threshold,
      coverage: predictions.length ? kept / predictions.length : 0,
      precision: kept ? correct / kept : 1,
    };
  });
}

/**
 * Scores a model on labelled examples. Labels are the union of the model's (when it lists them),
 * the true and the predicted ones, sorted, so the confusion matrix is square. The threshold
 * curve comes from the model's confidences (empty if it gives none).
 */
export function evaluate(model: Predictor & { labels?: string[] }, examples: LabelledExample[]): Evaluation {
  const predictions = examples.map((example) => model.predict(example.text));
  const confidences = predictions.map((prediction) => prediction.confidence);
  return scorePredictions(
    examples.map((example) => example.label),
    predictions.map((prediction) => prediction.label),
    model.labels,
    confidences.every((confidence) => typeof confidence === 'number') ? (confidences as number[]) : undefined,
  );
}

/**
 * The same figures from parallel arrays of true and predicted labels, and optionally of the
 * predictions' confidences (for the threshold curve).
 */
export function scorePredictions(
  actual: string[],
  predicted: string[],
  knownLabels: string[] = [],
  confidences?: number[],
): Evaluation {
  if (actual.length !== predicted.length) throw new Error('actual and predicted differ in length');
  if (confidences && confidences.length !== actual.length) throw new Error('confidences and actual differ in length');
  const labels = [...new Set([...knownLabels, ...actual, ...predicted])].sort();
  const position = new Map(labels.map((label, index) => [label, index]));
  const matrix = labels.map(() => labels.map(() => 0));
  let correct = 0;
  actual.forEach((label, index) => {
    matrix[position.get(label) as number][position.get(predicted[index]) as number]++;
    if (label === predicted[index]) correct++;
  });
  const perLabel: Record<string, LabelScores> = {};
  labels.forEach((label, row) => {
    const truePositives = matrix[row][row];
    const support = matrix[row].reduce((sum, value) => sum + value, 0);
    const predictedAs = matrix.reduce((sum, counts) => sum + counts[row], 0);
    const precision = predictedAs ? truePositives / predictedAs : 0;
    const recall = support ? truePositives / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perLabel[label] = { precision, recall, f1, support };
  });
  // Macro F1 over labels that occur in the data (a label never seen nor predicted would count as 0).
  const scored = labels.filter((label) => perLabel[label].support > 0);
  const macroF1 = scored.length ? scored.reduce((sum, label) => sum + perLabel[label].f1, 0) / scored.length : 0;
  return {
    size: actual.length,
    accuracy: actual.length ? correct / actual.length : 0,
    macroF1,
    perLabel,
    confusion: { labels, matrix },
    curve: confidences
      ? thresholdCurve(actual.map((label, index) => ({ actual: label, predicted: predicted[index], confidence: confidences[index] })))
      : [],
  };
}

/**
 * Splits examples into a training part and a held-out slice of about `fraction` of them.
 * Deterministic and independent of input order: an example is held out when a hash of the seed
 * and its `id` (or, without one, its text) falls in the first `fraction` of the hash range. So an
 * item stays on its side as more labels arrive, and a model trained in an earlier round was
 * never trained on today's held-out items: comparing it with a new candidate there is fair.
 * A label with two or more examples but none drawn gets its lowest-hash example held out, so every
 * label is scored (only there can an item change side, while its label is that small).
 */
export function holdOutSplit<T extends LabelledExample>(
  examples: T[],
  fraction: number,
  seed: string | number,
): { train: T[]; holdOut: T[] } {
  if (!(fraction > 0 && fraction < 1)) throw new Error('fraction must be between 0 and 1 (exclusive)');
  const cutOff = fraction * 2 ** 32;
  const held = new Set<T>();
  const lowestPerLabel = new Map<string, { example: T; rank: number; key: string; count: number; any: boolean }>();
  for (const example of examples) {
    const key = example.id ?? example.text;
    const rank = hashString(`${seed}\u0000${key}`);
    if (rank < cutOff) held.add(example);
    const lowest = lowestPerLabel.get(example.label);
    if (!lowest) {
      lowestPerLabel.set(example.label, { example, rank, key, count: 1, any: rank < cutOff });
      continue;
    }
    lowest.count++;
    lowest.any ||= rank < cutOff;
    if (rank < lowest.rank || (rank === lowest.rank && key < lowest.key)) Object.assign(lowest, { example, rank, key });
  }
  for (const lowest of lowestPerLabel.values()) {
    if (!lowest.any && lowest.count >= 2) held.add(lowest.example);
  }
  return {
    train: examples.filter((example) => !held.has(example)),
    holdOut: examples.filter((example) => held.has(example)),
  };
}

/**
 * Whether a retrained model may replace the current one: it must score at least as well on the
 * same held-out slice (accuracy, or macro F1 when asked). With no current model, any candidate
 * that was evaluated on something is promoted.
 */
export function shouldPromote(
  candidate: Evaluation,
  current: Evaluation | null | undefined,
  metric: 'accuracy' | 'macroF1' = 'accuracy',
): boolean {
  if (candidate.size === 0) return false;
  if (!current) return true;
  if (candidate.size !== current.size) {
    throw new Error('candidate and current model must be evaluated on the same held-out slice');
  }
  // A tolerance for floating point only: "at least as well" means not worse.
  return candidate[metric] >= current[metric] - 1e-12;
}
