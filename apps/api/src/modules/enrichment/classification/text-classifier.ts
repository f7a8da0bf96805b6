import { fitTemperature } from './calibration';
import {
  type ClassifierMetadata,
  type LabelledExample,
  type Prediction,
  SERIALIZED_FORMAT,
  type SerializedClassifier,
  type SerializedLogisticRegression,
  type TextClassifier,
  type TrainOptions,
} from './classifier-types';
import { linearScores, naiveBayesLogCountRatios, toInputVector, trainLogisticRegression } from './logistic-regression';
import { countFeatures, naiveBayesScorer } from './naive-bayes';
import { hashString } from './seeded-random';
import { softmax } from './softmax';
import { DEFAULT_FEATURE_OPTIONS, extractFeatures, type FeatureOptions } from './text-features';
import { canonicalOrder, encodeCorpus, featurise, indexVocabulary, restrictToVocabulary, subsetVocabulary } from './vocabulary';

/** Digits kept of each logistic-regression weight in JSON (weights are stored as integers × 10^-3). */
const WEIGHT_DECIMALS = 3;
/** Digits kept of the fitted temperature. */
const TEMPERATURE_DECIMALS = 4;
/**
 * Calibration trains this many models, each without one fold of the examples (folds drawn by hash
 * of the seed and id), so that every example is predicted once by a model that did not see it. A
 * temperature fitted on a single fifth of the airline complaints (~1,250) came out anywhere from
 * 0.99 to 1.09 depending on the fold; on all of them it is stable.
 */
export const CALIBRATION_FOLDS = 5;
/** Fewer held-out predictions than this and no temperature is fitted (the model keeps temperature 1). */
export const MIN_CALIBRATION_EXAMPLES = 50;

/**
 * Trains a text classifier on labelled examples. Deterministic: the same examples (in any order)
 * and options give the same model, `trainedAt` aside (pass it to get identical JSON).
 * The returned model is built from its own JSON form, so a stored and reloaded model predicts
 * exactly as the freshly trained one.
 *
 * Unless `calibrate: false`, its confidence is calibrated: five models are trained, each without
 * one fifth of the examples, the softmax temperature that best fits their predictions on the
 * examples they did not see is kept (see calibration.ts), and the stored model is then trained on
 * all examples with that temperature. So calibration costs five extra trainings on 80% of the data
 * but no training data. Temperature never changes the predicted label, only its confidence. With
 * few examples it errs on the cautious side: models trained on 80% of them are a little more
 * overconfident than the one trained on all, so the temperature softens a little too much.
 */
export function train(examples: LabelledExample[], options: TrainOptions): TextClassifier {
  const usable = canonicalOrder(examples.filter((example) => example.text.trim() && example.label));
  const labels = [...new Set(usable.map((example) => example.label))].sort();
  if (labels.length < 2) throw new Error(`training needs at least two labels, got ${labels.length}`);
  const kind = options.kind ?? 'logistic-regression';
  const features: Required<FeatureOptions> = { ...DEFAULT_FEATURE_OPTIONS, ...options.features };
  const seed = options.seed ?? options.name;
  const labelIndex = new Map(labels.map((label, position) => [label, position]));
  const corpus = encodeCorpus(usable.map((example) => extractFeatures(example.text, features)));
  const trainedAt = options.trainedAt ?? new Date();

  /** A serialized model (temperature 1) trained on the usable examples at these positions. */
  const fit = (positions: number[]): SerializedClassifier => {
    const labelCounts = Object.fromEntries(labels.map((label) => [label, 0]));
    for (const position of positions) labelCounts[usable[position].label]++;
    const { vocabulary, indexOf } = subsetVocabulary(corpus, positions, options.minDocumentFrequency ?? 2, options.maxFeatures ?? 30_000);
    const featurised = positions.map((position) => ({
      label: labelIndex.get(usable[position].label) as number,
      features: restrictToVocabulary(corpus.texts[position], indexOf),
    }));
    const metadata: ClassifierMetadata = {
      name: options.name,
      kind,
      version: options.version,
      trainedAt: typeof trainedAt === 'string' ? trainedAt : trainedAt.toISOString(),
      trainingSize: positions.length,
      labels,
      labelCounts,
      features,
    };
    if (kind === 'logistic-regression') {
      const parameters = trainLogisticRegression(featurised, vocabulary.length, labels.length, {
        epochs: options.epochs ?? 15,
        l2: options.l2 ?? 1e-5,
        learningRate: options.learningRate ?? 0.5,
        seed,
        featureScales:
          (options.naiveBayesScaling ?? true) ? naiveBayesLogCountRatios(featurised, vocabulary.length, labels.length) : undefined,
      });
      return pruneLogisticRegression(metadata, vocabulary, parameters.weights, parameters.bias, options.minWeight ?? 0.1);
    }
    return {
      format: SERIALIZED_FORMAT,
      ...metadata,
      kind,
      vocabulary,
      alpha: options.alpha ?? 1,
      featureCounts: countFeatures(featurised, labels.length),
    };
  };

  let temperature = 1;
  if (options.calibrate ?? true) {
    const fold = usable.map((example) => hashString(`${seed}\u0000calibration\u0000${example.id ?? example.text}`) % CALIBRATION_FOLDS);
    const scores: number[][] = [];
    const truth: number[] = [];
    for (let heldOut = 0; heldOut < CALIBRATION_FOLDS; heldOut++) {
      const fitPart = usable.map((_, position) => position).filter((position) => fold[position] !== heldOut);
      const held = usable.map((_, position) => position).filter((position) => fold[position] === heldOut);
      if (held.length === 0 || new Set(fitPart.map((position) => usable[position].label)).size < 2) continue;
      const model = fit(fitPart);
      const score = createScorer(model);
      // The stored vocabulary (pruned of small weights), as `predict` would use it.
      const index = indexVocabulary(model.vocabulary);
      const indexOf = Int32Array.from(corpus.names, (name) => index.get(name) ?? -1);
      for (const position of held) {
        scores.push(score(restrictToVocabulary(corpus.texts[position], indexOf)));
        truth.push(labelIndex.get(usable[position].label) as number);
      }
    }
    if (scores.length >= MIN_CALIBRATION_EXAMPLES) {
      temperature = Math.round(fitTemperature(scores, truth) * 10 ** TEMPERATURE_DECIMALS) / 10 ** TEMPERATURE_DECIMALS;
    }
  }
  return loadClassifier({ ...fit(usable.map((_, position) => position)), temperature });
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

/** Log-scores per label (before temperature and softmax) of a text's features, by vocabulary index. */
function createScorer(model: SerializedClassifier): (features: Map<number, number>) => number[] {
  const labelCount = model.labels.length;
  if (model.kind === 'logistic-regression') {
    const factor = 10 ** -model.scale;
    const bias = model.bias.map((value) => value * factor);
    return (features) => linearScores(toInputVector(features), model.weights, bias, labelCount, factor);
  }
  if (model.kind === 'naive-bayes' || model.kind === 'complement-naive-bayes') return naiveBayesScorer(model).score;
  throw new Error(`unknown classifier kind ${(model as { kind: string }).kind}`);
}

/** Rebuilds a classifier from its JSON form (as stored in a jsonb column). */
export function loadClassifier(json: SerializedClassifier | string): TextClassifier {
  const model: SerializedClassifier = typeof json === 'string' ? JSON.parse(json) : json;
  if (model?.format !== SERIALIZED_FORMAT) throw new Error(`not a ${SERIALIZED_FORMAT} model`);
  const index = indexVocabulary(model.vocabulary);
  const labelCount = model.labels.length;
  const score = createScorer(model);
  const temperature = model.temperature ?? 1;
  if (!(Number.isFinite(temperature) && temperature > 0)) throw new Error(`invalid temperature ${String(temperature)}`);
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
    temperature,
    predict(text: string): Prediction {
      const scores = score(featurise(text, model.features, index));
      const probabilities = softmax(temperature === 1 ? scores : scores.map((value) => value / temperature));
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
