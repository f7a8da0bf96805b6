import type { LabelledExample } from './classifier-types';
import { extractFeatures, type FeatureOptions } from './text-features';

export interface FeaturisedExample {
  label: number;
  /** Feature index → count, only features in the vocabulary. */
  features: Map<number, number>;
}

/**
 * Sorts examples into one canonical order (text, then label, then id) so that the same examples
 * in any order train the same model.
 */
export function canonicalOrder(examples: LabelledExample[]): LabelledExample[] {
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...examples].sort(
    (a, b) => compare(a.text, b.text) || compare(a.label, b.label) || compare(a.id ?? '', b.id ?? ''),
  );
}

/**
 * The vocabulary of a training set: features present in at least `minDocumentFrequency` texts,
 * at most `maxFeatures` of them (most frequent first, ties alphabetical), in alphabetical order.
 */
export function buildVocabulary(
  texts: Map<string, number>[],
  minDocumentFrequency: number,
  maxFeatures: number,
): string[] {
  const documentFrequency = new Map<string, number>();
  for (const features of texts) {
    for (const feature of features.keys()) documentFrequency.set(feature, (documentFrequency.get(feature) ?? 0) + 1);
  }
  const kept = [...documentFrequency].filter(([, count]) => count >= minDocumentFrequency);
  kept.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return kept
    .slice(0, maxFeatures)
    .map(([feature]) => feature)
    .sort();
}

export function indexVocabulary(vocabulary: string[]): Map<string, number> {
  return new Map(vocabulary.map((feature, index) => [feature, index]));
}

/** Feature counts of a text restricted to the vocabulary, by index. */
export function featurise(
  text: string,
  options: FeatureOptions,
  index: Map<string, number>,
): Map<number, number> {
  const result = new Map<number, number>();
  for (const [feature, count] of extractFeatures(text, options)) {
    const position = index.get(feature);
    if (position !== undefined) result.set(position, count);
  }
  return result;
}
