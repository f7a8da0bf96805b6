import { seededRandom, shuffleInPlace } from './seeded-random';
import type { FeaturisedExample } from './vocabulary';

/**
 * Multinomial logistic regression (softmax) trained by stochastic gradient descent with L2
 * regularisation. Inputs are log(1 + count) per feature, scaled to unit length per text, so long
 * and short texts weigh alike. Its probabilities are far better calibrated than naive Bayes's,
 * which matters when routing acts only above a confidence threshold.
 *
 * Optionally with naive-Bayes feature scaling (in the spirit of Wang & Manning's NBSVM, 2012):
 * each weight is learnt as `w = r · v`, where `r` is the naive-Bayes log-count ratio of the
 * feature for that label against all others and the L2 penalty falls on `v`. A feature that naive
 * Bayes finds telling for a label moves freely; one it finds useless for the label is held near 0.
 * The result is still one weight per feature and label, so the stored model and its use are the
 * same as without. On the airline benchmark (5-fold cross-validation on train.csv) it lifted
 * department accuracy from 0.722 to 0.726 and the share of complaints routable at 88% precision
 * from 0.53 to 0.56; sentiment accuracy from 0.814 to 0.820.
 */
export interface LogisticRegressionOptions {
  epochs: number;
  l2: number;
  learningRate: number;
  seed: string;
  /** Per-weight scale `r` (features × labels, row-major), e.g. from `naiveBayesLogCountRatios`. */
  featureScales?: Float64Array;
}

export interface LogisticRegressionParameters {
  /** Row-major, features × labels. */
  weights: Float64Array;
  bias: Float64Array;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float64Array;
}

export function toInputVector(features: Map<number, number>): SparseVector {
  // Typed arrays sort numerically.
  const indices = Int32Array.from(features.keys()).sort();
  const values = new Float64Array(indices.length);
  let squares = 0;
  for (let entry = 0; entry < indices.length; entry++) {
    values[entry] = Math.log1p(features.get(indices[entry]) as number);
    squares += values[entry] * values[entry];
  }
  const norm = Math.sqrt(squares) || 1;
  for (let entry = 0; entry < values.length; entry++) values[entry] /= norm;
  return { indices, values };
}

export function linearScores(
  input: SparseVector,
  weights: ArrayLike<number>,
  bias: ArrayLike<number>,
  labelCount: number,
  weightScale = 1,
): number[] {
  const scores = new Array<number>(labelCount).fill(0);
  for (let entry = 0; entry < input.indices.length; entry++) {
    const row = input.indices[entry] * labelCount;
    const value = input.values[entry];
    for (let label = 0; label < labelCount; label++) scores[label] += weights[row + label] * value;
  }
  for (let label = 0; label < labelCount; label++) scores[label] = scores[label] * weightScale + bias[label];
  return scores;
}

export function trainLogisticRegression(
  examples: FeaturisedExample[],
  featureCount: number,
  labelCount: number,
  options: LogisticRegressionOptions,
): LogisticRegressionParameters {
  const inputs = examples.map((example) => toInputVector(example.features));
  const scales = options.featureScales;
  if (scales && scales.length !== featureCount * labelCount) throw new Error('featureScales must have features × labels entries');
  // Weights are kept as scale × v so that the L2 shrink of every weight at every step is one
  // multiplication (the usual trick for sparse SGD with weight decay).
  const v = new Float64Array(featureCount * labelCount);
  const bias = new Float64Array(labelCount);
  let scale = 1;
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  const { l2, learningRate } = options;
  const scores = new Float64Array(labelCount);
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const input = inputs[index];
      // Step size falls as 1/epoch: large steps early, small ones once the weights settle.
      const eta = learningRate / (1 + step / examples.length);
      step++;
      scores.fill(0);
      for (let entry = 0; entry < input.indices.length; entry++) {
        const row = input.indices[entry] * labelCount;
        const value = input.values[entry];
        if (scales) for (let label = 0; label < labelCount; label++) scores[label] += v[row + label] * scales[row + label] * value;
        else for (let label = 0; label < labelCount; label++) scores[label] += v[row + label] * value;
      }
      let max = -Infinity;
      for (let label = 0; label < labelCount; label++) {
        scores[label] = scores[label] * scale + bias[label];
        max = Math.max(max, scores[label]);
      }
      let total = 0;
      for (let label = 0; label < labelCount; label++) {
        scores[label] = Math.exp(scores[label] - max);
        total += scores[label];
      }
      scale *= 1 - eta * l2;
      for (let label = 0; label < labelCount; label++) {
        const gradient = scores[label] / total - (label === examples[index].label ? 1 : 0);
        if (gradient === 0) continue;
        bias[label] -= eta * gradient;
        const stepSize = (eta * gradient) / scale;
        for (let entry = 0; entry < input.indices.length; entry++) {
          const at = input.indices[entry] * labelCount + label;
          v[at] -= stepSize * input.values[entry] * (scales ? scales[at] : 1);
        }
      }
      if (scale < 1e-6) {
        for (let index2 = 0; index2 < v.length; index2++) v[index2] *= scale;
        scale = 1;
      }
    }
  }
  for (let index = 0; index < v.length; index++) v[index] *= scale * (scales ? scales[index] : 1);
  return { weights: v, bias };
}

/**
 * Naive-Bayes log-count ratios, one vs rest (features × labels, row-major): for feature `f` and
 * label `c`, log of (share of `c`'s feature occurrences that are `f`) over (the same share among
 * all other labels' texts), each feature counted once per text and smoothed by `alpha`.
 */
export function naiveBayesLogCountRatios(
  examples: FeaturisedExample[],
  featureCount: number,
  labelCount: number,
  alpha = 1,
): Float64Array {
  const counts = new Float64Array(featureCount * labelCount);
  const perFeature = new Float64Array(featureCount);
  for (const example of examples) {
    for (const feature of example.features.keys()) {
      counts[feature * labelCount + example.label]++;
      perFeature[feature]++;
    }
  }
  const labelTotals = new Float64Array(labelCount);
  let allTotal = 0;
  for (let feature = 0; feature < featureCount; feature++) {
    for (let label = 0; label < labelCount; label++) labelTotals[label] += counts[feature * labelCount + label];
    allTotal += perFeature[feature];
  }
  const ratios = new Float64Array(featureCount * labelCount);
  for (let label = 0; label < labelCount; label++) {
    const inLabel = labelTotals[label] + alpha * featureCount;
    const outside = allTotal - labelTotals[label] + alpha * featureCount;
    for (let feature = 0; feature < featureCount; feature++) {
      const count = counts[feature * labelCount + label];
      ratios[feature * labelCount + label] = Math.log(((count + alpha) / inLabel) / ((perFeature[feature] - count + alpha) / outside));
    }
  }
  return ratios;
}
