import type { ModelProvenance } from './model-provenance';
import type { FeatureOptions } from './text-features';

export type ClassifierKind = 'naive-bayes' | 'complement-naive-bayes' | 'logistic-regression';

export interface LabelledExample {
  text: string;
  label: string;
  /** A stable id (the feedback id): keeps an item on the same side of a held-out split across retrains. */
  id?: string;
}

export interface Prediction {
  label: string;
  /** Probability of `label`, in [0, 1]. */
  confidence: number;
  /** Probability per label; sums to 1. */
  scores: Record<string, number>;
  provenance: ModelProvenance;
}

/** Fields common to every stored model; see `SerializedClassifier`. */
export interface ClassifierMetadata {
  /** What the model classifies, e.g. `sentiment`, `department`, `topic`. */
  name: string;
  kind: ClassifierKind;
  version: string;
  /** ISO 8601. */
  trainedAt: string;
  trainingSize: number;
  /** Sorted. */
  labels: string[];
  /** Training examples per label. */
  labelCounts: Record<string, number>;
  features: Required<FeatureOptions>;
}

export interface TextClassifier extends ClassifierMetadata {
  /** `{model: '<name>-<kind>', version}`, stored next to every score this model gives. */
  readonly provenance: ModelProvenance;
  /** Softmax temperature fitted on held-out examples at training (see calibration.ts); 1 for older models. */
  readonly temperature: number;
  predict(text: string): Prediction;
  toJSON(): SerializedClassifier;
}

export const SERIALIZED_FORMAT = 'fullcircle-text-classifier/1';

interface SerializedBase extends ClassifierMetadata {
  format: typeof SERIALIZED_FORMAT;
  /** Feature strings; a feature's index here is its row in the parameter arrays. */
  vocabulary: string[];
  /**
   * Log-scores are divided by this before the softmax (probability calibration, fitted on a
   * held-out part of the training examples). Absent in models stored before calibration: 1.
   */
  temperature?: number;
}

/** Naive Bayes keeps integer counts (compact in JSON); log-probabilities are derived on load. */
export interface SerializedNaiveBayes extends SerializedBase {
  kind: 'naive-bayes' | 'complement-naive-bayes';
  alpha: number;
  /** Per label (in `labels` order): sparse counts as [featureIndex, count, featureIndex, count, ...]. */
  featureCounts: number[][];
}

export interface SerializedLogisticRegression extends SerializedBase {
  kind: 'logistic-regression';
  /** Row-major, `vocabulary.length × labels.length`, rounded. */
  weights: number[];
  bias: number[];
  /** Exponent applied to `weights` and `bias` before use (weights are stored as integers × 10^-scale). */
  scale: number;
}

export type SerializedClassifier = SerializedNaiveBayes | SerializedLogisticRegression;

export interface TrainOptions {
  /** What the model classifies (`sentiment`, `department`...); part of its provenance. */
  name: string;
  version: string;
  /** Defaults to logistic regression, which scored best on the airline benchmark. */
  kind?: ClassifierKind;
  /** Defaults to now; pass it to get byte-identical JSON from the same data. */
  trainedAt?: Date | string;
  features?: FeatureOptions;
  /** Features seen in fewer training texts than this are dropped (keeps the JSON small). Default 2. */
  minDocumentFrequency?: number;
  /** Keep at most this many features, the most frequent first. Default 30,000. */
  maxFeatures?: number;
  /** Naive Bayes: additive (Laplace) smoothing. Default 1. */
  alpha?: number;
  /** Logistic regression: passes over the data. Default 15. */
  epochs?: number;
  /** Logistic regression: L2 regularisation strength. Default 1e-5. */
  l2?: number;
  /** Logistic regression: initial step size. Default 0.5. */
  learningRate?: number;
  /**
   * Logistic regression: features whose largest weight (in absolute value) is below this are
   * dropped from the stored model. Default 0.1, which halved the JSON on the airline benchmark
   * at no measurable cost in accuracy.
   */
  minWeight?: number;
  /**
   * Logistic regression: learn each weight scaled by the naive-Bayes log-count ratio of its
   * feature and label (see logistic-regression.ts). Default true; false gives plain logistic
   * regression, as before.
   */
  naiveBayesScaling?: boolean;
  /** Logistic regression: seed of the example order, and of the calibration split. Default `name`. */
  seed?: string;
  /**
   * Fit a softmax temperature so that confidence matches accuracy (see calibration.ts and
   * `train`). Default true; false keeps temperature 1.
   */
  calibrate?: boolean;
}
