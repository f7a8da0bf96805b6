import { seededRandom, shuffleInPlace } from './seeded-random';
import type { FeaturisedExample } from './vocabulary';

/**
 * Multinomial logistic regression (softmax) trained by stochastic gradient descent with L2
 * regularisation. Inputs are log(1 + count) per feature, scaled to unit length per text, so long
 * and short texts weigh alike. Its probabilities are far better calibrated than naive Bayes's,
 * which matters when routing acts only above a confidence threshold.
 */
export interface LogisticRegressionOptions {
  epochs: number;
  l2: number;
  learningRate: number;
  seed: string;
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
  const entries = [...features].sort((a, b) => a[0] - b[0]);
  const values = new Float64Array(entries.map(([, count]) => Math.log1p(count)));
  const norm = Math.sqrt(values.reduce((sum, value) => sum + value * value, 0)) || 1;
  for (let index = 0; index < values.length; index++) values[index] /= norm;
  return { indices: new Int32Array(entries.map(([feature]) => feature)), values };
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
  // Weights are kept as scale × v so that the L2 shrink of every weight at every step is one
  // multiplication (the usual trick for sparse SGD with weight decay).
  const v = new Float64Array(featureCount * labelCount);
  const bias = new Float64Array(labelCount);
  let scale = 1;
  const random = seededRandom(options.seed);
  const order = examples.map((_, index) => index);
  const { l2, learningRate } = options;
  let step = 0;
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const input = inputs[index];
      // Step size falls as 1/epoch: large steps early, small ones once the weights settle.
      const eta = learningRate / (1 + step / examples.length);
      step++;
      const scores = linearScores(input, v, bias, labelCount, scale);
      let max = -Infinity;
      for (const score of scores) max = Math.max(max, score);
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
          v[input.indices[entry] * labelCount + label] -= stepSize * input.values[entry];
        }
      }
      if (scale < 1e-6) {
        for (let index2 = 0; index2 < v.length; index2++) v[index2] *= scale;
        scale = 1;
      }
    }
  }
  for (let index = 0; index < v.length; index++) v[index] *= scale;
  return { weights: v, bias };
}
