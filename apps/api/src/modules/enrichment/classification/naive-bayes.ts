import type { SerializedNaiveBayes } from './classifier-types';
import type { FeaturisedExample } from './vocabulary';

/**
 * Multinomial naive Bayes with additive (Laplace) smoothing, and its complement variant
 * (Rennie et al. 2003). Training only counts; the counts are what is stored.
 */
export function countFeatures(
  examples: FeaturisedExample[],
  labelCount: number,
): number[][] {
  const counts: Map<number, number>[] = Array.from({ length: labelCount }, () => new Map());
  for (const example of examples) {
    const perLabel = counts[example.label];
    for (const [feature, count] of example.features) perLabel.set(feature, (perLabel.get(feature) ?? 0) + count);
  }
  return counts.map((perLabel) =>
    [...perLabel].sort((a, b) => a[0] - b[0]).flatMap(([feature, count]) => [feature, count]),
  );
}

export interface NaiveBayesScorer {
  /** Log-scores per label, to be turned into probabilities with softmax. */
  score(features: Map<number, number>): number[];
}

export function naiveBayesScorer(model: SerializedNaiveBayes): NaiveBayesScorer {
  const labelCount = model.labels.length;
  const vocabularySize = model.vocabulary.length;
  const alpha = model.alpha;
  // counts[feature * labelCount + label]
  const counts = new Float64Array(vocabularySize * labelCount);
  model.featureCounts.forEach((sparse, label) => {
    for (let index = 0; index < sparse.length; index += 2) counts[sparse[index] * labelCount + label] = sparse[index + 1];
  });
  const totals = new Float64Array(labelCount);
  for (let feature = 0; feature < vocabularySize; feature++) {
    for (let label = 0; label < labelCount; label++) totals[label] += counts[feature * labelCount + label];
  }
  const documents = model.labels.map((label) => model.labelCounts[label] ?? 0);
  const allDocuments = documents.reduce((sum, value) => sum + value, 0);
  const logPrior = documents.map((count) => Math.log((count + 1) / (allDocuments + labelCount)));
  const weights = new Float64Array(vocabularySize * labelCount);

  if (model.kind === 'naive-bayes') {
    for (let label = 0; label < labelCount; label++) {
      const denominator = Math.log(totals[label] + alpha * vocabularySize);
      for (let feature = 0; feature < vocabularySize; feature++) {
        weights[feature * labelCount + label] = Math.log(counts[feature * labelCount + label] + alpha) - denominator;
      }
    }
    return { score: (features) => addWeights(features, weights, logPrior, labelCount) };
  }

  // Complement NB: a label scores by how *unlikely* the text is under all the other labels'
  // pooled counts (minus their smoothed log-probability). The prior is left out, which is the point:
  // a skewed label mix pulls plain NB towards the big label.
  const allTotal = totals.reduce((sum, value) => sum + value, 0);
  for (let label = 0; label < labelCount; label++) {
    const denominator = Math.log(allTotal - totals[label] + alpha * vocabularySize);
    for (let feature = 0; feature < vocabularySize; feature++) {
      let featureTotal = 0;
      for (let other = 0; other < labelCount; other++) featureTotal += counts[feature * labelCount + other];
      const complement = featureTotal - counts[feature * labelCount + label];
      weights[feature * labelCount + label] = -(Math.log(complement + alpha) - denominator);
    }
  }
  const zero = new Array<number>(labelCount).fill(0);
  return { score: (features) => addWeights(features, weights, zero, labelCount) };
}

function addWeights(
  features: Map<number, number>,
  weights: Float64Array,
  initial: number[],
  labelCount: number,
): number[] {
  const scores = [...initial];
  for (const [feature, count] of features) {
    for (let label = 0; label < labelCount; label++) scores[label] += count * weights[feature * labelCount + label];
  }
  return scores;
}
