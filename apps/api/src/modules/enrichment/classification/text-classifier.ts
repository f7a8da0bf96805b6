import {
  type ClassifierMetadata,
  type LabelledExample,
  type Prediction,
  SERIALIZED_FORMAT,
  type SerializedClassifier,
  type SerializedLogisticRegression,
  type SerializedNaiveBayes,
  type TextClassifier,
  type TrainOptions,
} from './classifier-types';
import { linearScores, toInputVector, trainLogisticRegression } from './logistic-regression';
import { countFeatures, naiveBayesScorer } from './naive-bayes';
import { softmax } from './softmax';
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, type FeatureOptions } from './text-features';
import { buildVocabulary, canonicalOrder, featurise, indexVocabulary } from './vocabulary';

/** Digits kept of each logistic-regression weight in JSON (weights are stored as integers × 10^-3). */
const WEIGHT_DECIMALS = 3;

/**
 * Trains a text classifier on labelled examples. Deterministic: the same examples (in any order)
 * and options give the same model, `trainedAt` aside (pass it to get identical JSON).
 * The returned model is built from its own JSON form, so a stored and reloaded model predicts
 * exactly as the freshly trained one.
 */
export function train(examples: LabelledExample[], options: TrainOptions): TextClassifier {
  const usable = canonicalOrder(examples.filter((example) => example.text.trim() && example.label));
  const labels = [...new Set(usable.map((example) => example.label))].sort();
  if (labels.length < 2) throw new Error(`training needs at least two labels, got ${labels.length}`);
  const kind = options.kind ?? 'logistic-regression';
  const features: Required<FeatureOptions> = { ...DEFAULT_FEATURE_OPTIONS, ...options.features };
  const labelCounts = Object.fromEntries(labels.map((label) => [label, 0]));
  for (const example of usable) labelCounts[example.label]++;

  const raw = usable.map((example) => extractFeatures(example.text, features));
  const vocabulary = buildVocabulary(raw, options.minDocumentFrequency ?? 2, options.maxFeatures ?? 30_000);
  const index = indexVocabulary(vocabulary);
  const labelIndex = new Map(labels.map((label, position) => [label, position]));
  const featurised = raw.map((counts, position) => {
    const byIndex = new Map<number, number>();
    for (const [feature, count] of counts) {
      const at = index.get(feature);
      if (at !== undefined) byIndex.set(at, count);
    }
    return { label: labelIndex.get(usable[position].label) as number, features: byIndex };
  });

  const trainedAt = options.trainedAt ?? new Date();
  const metadata: ClassifierMetadata = {
    name: options.name,
    kind,
    version: options.version,
    trainedAt: typeof trainedAt === 'string' ? trainedAt : trainedAt.toISOString(),
    trainingSize: usable.length,
    labels,
    labelCounts,
    features,
  };

  if (kind === 'logistic-regression') {
    const parameters = trainLogisticRegression(featurised, vocabulary.length, labels.length, {
      epochs: options.epochs ?? 15,
      l2: options.l2 ?? 1e-5,
      learningRate: options.learningRate ?? 0.5,
      seed: options.seed ?? options.name,
    });
    return loadClassifier(
      pruneLogisticRegression(metadata, vocabulary, parameters.weights, parameters.bias, options.minWeight ?? 0.1),
    );
  }
  const serialized: SerializedNaiveBayes = {
    format: SERIALIZED_FORMAT,
    ...metadata,
    kind,
    vocabulary,
    alpha: options.alpha ?? 1,
    featureCounts: countFeatures(featurised, labels.length),
  };
  return loadClassifier(serialized);
}

/**
 * Rounds weights to integers × 10^-3 and drops features whose largest weight is below
 * `minWeight`: such features barely move a prediction and would only make the stored JSON bigger.
 */
function pruneLogisticRegression(
  metadata: ClassifierMetadata,
  vocabulary: string[],
  weights: Float64Array,
  bias: Float64Array,
  minWeight: number,
): SerializedLogisticRegression {
  const labelCount = metadata.labels.length;
  const factor = 10 ** WEIGHT_DECIMALS;
  const keptVocabulary: string[] = [];
  const keptWeights: number[] = [];
  vocabulary.forEach((feature, row) => {
    const rounded = Array.from({ length: labelCount }, (_, label) => Math.round(weights[row * labelCount + label] * factor));
    if (rounded.every((value) => Math.abs(value) < Math.max(1, minWeight * factor))) return;
    keptVocabulary.push(feature);
    // `+ 0` turns -0 into 0, which JSON would print as 0 anyway; keeps the in-memory model equal to its JSON.
    keptWeights.push(...rounded.map((value) => value + 0));
  });
  return {
    format: SERIALIZED_FORMAT,
    ...metadata,
    kind: 'logistic-regression',
    vocabulary: keptVocabulary,
    weights: keptWeights,
    bias: Array.from(bias, (value) => Math.round(value * factor) + 0),
    scale: WEIGHT_DECIMALS,
  };
}

/** Rebuilds a classifier from its JSON form (as stored in a jsonb column). */
export function loadClassifier(json: SerializedClassifier | string): TextClassifier {
  const model: SerializedClassifier = typeof json === 'string' ? JSON.parse(json) : json;
  if (model?.format !== SERIALIZED_FORMAT) throw new Error(`not a ${SERIALIZED_FORMAT} model`);
  const index = indexVocabulary(model.vocabulary);
  const labelCount = model.labels.length;
  let score: (features: Map<number, number>) => number[];
  if (model.kind === 'logistic-regression') {
    const factor = 10 ** -model.scale;
    const bias = model.bias.map((value) => value * factor);
    score = (features) => linearScores(toInputVector(features), model.weights, bias, labelCount, factor);
  } else if (model.kind === 'naive-bayes' || model.kind === 'complement-naive-bayes') {
    score = naiveBayesScorer(model).score;
  } else {
    throw new Error(`unknown classifier kind ${(model as { kind: string }).kind}`);
  }
  const provenance = { model: `${model.name}-${model.kind}`, version: model.version };
  const metadata: ClassifierMetadata = {
    name: model.name,
    kind: model.kind,
    version: model.version,
    trainedAt: model.trainedAt,
    trainingSize: model.trainingSize,
    labels: model.labels,
    labelCounts: model.labelCounts,
    features: model.features,
  };
  return {
    ...metadata,
    provenance,
    predict(text: string): Prediction {
      const probabilities = softmax(score(featurise(text, model.features, index)));
      let best = 0;
      for (let label = 1; label < labelCount; label++) if (probabilities[label] > probabilities[best]) best = label;
      return {
        label: model.labels[best],
        confidence: probabilities[best],
        scores: Object.fromEntries(model.labels.map((label, position) => [label, probabilities[position]])),
        provenance,
      };
    },
    toJSON: () => model,
  };
}
