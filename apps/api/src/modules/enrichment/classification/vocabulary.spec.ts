import { buildVocabulary, encodeCorpus, restrictToVocabulary, subsetVocabulary } from './vocabulary';

const texts = [
  new Map([['bag', 2], ['lost', 1]]),
  new Map([['bag', 1], ['refund', 1]]),
  new Map([['refund', 1], ['lost', 1]]),
  new Map([['zebra', 1], ['bag', 1]]),
];

describe('vocabulary', () => {
  describe(buildVocabulary.name, () => {
    it('keeps features in at least minDocumentFrequency texts, the most frequent first, listed alphabetically', () => {
      // Texts per feature: bag 3, lost 2, refund 2, zebra 1.
      expect(buildVocabulary(texts, 2, 10)).toEqual(['bag', 'lost', 'refund']);
      expect(buildVocabulary(texts, 1, 10)).toEqual(['bag', 'lost', 'refund', 'zebra']);
      // At most two: bag (3), then lost before refund (2 each, alphabetical).
      expect(buildVocabulary(texts, 1, 2)).toEqual(['bag', 'lost']);
    });
  });

  describe(subsetVocabulary.name, () => {
    it('counts only the texts at the given positions, and maps every corpus feature to its index or -1', () => {
      const corpus = encodeCorpus(texts);
      // Texts 1 and 2: refund 2, bag 1, lost 1.
      const { vocabulary, indexOf } = subsetVocabulary(corpus, [1, 2], 2, 10);
      expect(vocabulary).toEqual(['refund']);
      expect(corpus.names.map((name, id) => [name, indexOf[id]])).toEqual([
        ['bag', -1],
        ['lost', -1],
        ['refund', 0],
        ['zebra', -1],
      ]);
      expect(subsetVocabulary(corpus, [1, 2], 1, 10).vocabulary).toEqual(['bag', 'lost', 'refund']);
      // A feature absent from the subset is never kept, even with minDocumentFrequency 0.
      expect(subsetVocabulary(corpus, [0], 0, 10).vocabulary).toEqual(['bag', 'lost']);
    });

    it('gives by index the counts of a text restricted to that vocabulary', () => {
      const corpus = encodeCorpus(texts);
      const { indexOf } = subsetVocabulary(corpus, [0, 1, 2], 2, 10);
      // Vocabulary: bag, lost, refund.
      expect([...restrictToVocabulary(corpus.texts[0], indexOf)]).toEqual([
        [0, 2],
        [1, 1],
      ]);
      expect([...restrictToVocabulary(corpus.texts[3], indexOf)]).toEqual([[0, 1]]);
    });
  });
});
