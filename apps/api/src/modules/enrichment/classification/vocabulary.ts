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
  const corpus = encodeCorpus(texts);
  return subsetVocabulary(corpus, texts.map((_, position) => position), minDocumentFrequency, maxFeatures).vocabulary;
}

/**
 * Texts' feature counts with every distinct feature numbered once (`names[id]`), so that the
 * vocabulary of any subset of the texts is found with array counts instead of string maps
 * (training builds one per calibration fold).
 */
export interface EncodedCorpus {
  names: string[];
  texts: { ids: Int32Array; counts: Float64Array }[];
}

export function encodeCorpus(texts: Map<string, number>[]): EncodedCorpus {
  const numbers = new Map<string, number>();
  const names: string[] = [];
  const encoded = texts.map((features) => {
    const ids = new Int32Array(features.size);
    const counts = new Float64Array(features.size);
    let entry = 0;
    for (const [feature, count] of features) {
      let id = numbers.get(feature);
      if (id === undefined) {
        id = names.length;
        numbers.set(feature, id);
        names.push(feature);
      }
      ids[entry] = id;
      counts[entry++] = count;
    }
    return { ids, counts };
  });
  return { names, texts: encoded };
}

/**
 * `buildVocabulary` of the texts at `positions`, with `indexOf[id]` the vocabulary index of each
 * corpus feature (-1 when left out).
 */
export function subsetVocabulary(
  corpus: EncodedCorpus,
  positions: number[],
  minDocumentFrequency: number,
  maxFeatures: number,
): { vocabulary: string[]; indexOf: Int32Array } {
  const { names } = corpus;
  const documentFrequency = new Int32Array(names.length);
  for (const position of positions) for (const id of corpus.texts[position].ids) documentFrequency[id]++;
  const kept: number[] = [];
  for (let id = 0; id < names.length; id++) if (documentFrequency[id] >= Math.max(1, minDocumentFrequency)) kept.push(id);
  const byName = (a: number, b: number) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0);
  kept.sort((a, b) => documentFrequency[b] - documentFrequency[a] || byName(a, b));
  const chosen = kept.slice(0, maxFeatures).sort(byName);
  const indexOf = new Int32Array(names.length).fill(-1);
  chosen.forEach((id, index) => {
    indexOf[id] = index;
  });
  return { vocabulary: chosen.map((id) => names[id]), indexOf };
}

/** A corpus text's feature counts keyed by vocabulary index (see `subsetVocabulary`). */
export function restrictToVocabulary(text: EncodedCorpus['texts'][number], indexOf: Int32Array): Map<number, number> {
  const byIndex = new Map<number, number>();
  for (let entry = 0; entry < text.ids.length; entry++) {
    const at = indexOf[text.ids[entry]];
    if (at >= 0) byIndex.set(at, text.counts[entry]);
  }
  return byIndex;
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
