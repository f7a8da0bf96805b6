import fc from 'fast-check';
import type { LabelledExample } from './classifier-types';
import { evaluate, type Evaluation, holdOutSplit, scorePredictions, shouldPromote } from './evaluation';

/** A predictor that answers from a lookup table, so the expected figures can be worked out by hand. */
const lookup = (answers: Record<string, string>) => ({ predict: (text: string) => ({ label: answers[text] }) });

describe('evaluation', () => {
  describe(evaluate.name, () => {
    const examples: LabelledExample[] = [
      { text: 'a', label: 'neg' },
      { text: 'b', label: 'neg' },
      { text: 'c', label: 'neg' },
      { text: 'd', label: 'pos' },
      { text: 'e', label: 'pos' },
      { text: 'f', label: 'neu' },
    ];
    // neg: 2 of 3 right (one called pos); pos: 1 of 2 right (one called neg); neu: called neg.
    const model = lookup({ a: 'neg', b: 'neg', c: 'pos', d: 'pos', e: 'neg', f: 'neg' });

    it('computes accuracy, per-label precision, recall and F1, and the confusion matrix', () => {
      const result = evaluate(model, examples);
      expect(result.size).toBe(6);
      expect(result.accuracy).toBeCloseTo(3 / 6);
      expect(result.confusion).toEqual({
        labels: ['neg', 'neu', 'pos'],
        matrix: [
          [2, 0, 1],
          [1, 0, 0],
          [1, 0, 1],
        ],
      });
      // neg predicted 4 times, right twice; 3 actual.
      expect(result.perLabel.neg.precision).toBeCloseTo(2 / 4);
      expect(result.perLabel.neg.recall).toBeCloseTo(2 / 3);
      expect(result.perLabel.neg.f1).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
      expect(result.perLabel.neu).toEqual({ precision: 0, recall: 0, f1: 0, support: 1 });
      expect(result.perLabel.pos).toMatchObject({ precision: 0.5, recall: 0.5, f1: 0.5, support: 2 });
      expect(result.macroF1).toBeCloseTo((result.perLabel.neg.f1 + 0 + 0.5) / 3);
    });

    it("includes the model's labels even when neither true nor predicted", () => {
      const result = evaluate({ ...lookup({ a: 'neg' }), labels: ['neg', 'pos'] }, [{ text: 'a', label: 'neg' }]);
      expect(result.confusion.labels).toEqual(['neg', 'pos']);
      expect(result.macroF1).toBe(1);
    });

    it('gives zeros rather than NaN for no examples', () => {
      expect(evaluate(model, [])).toMatchObject({ size: 0, accuracy: 0, macroF1: 0 });
    });
  });

  describe(scorePredictions.name, () => {
    it('refuses arrays of different lengths', () => {
      expect(() => scorePredictions(['a'], [])).toThrow(/length/);
    });

    it('always has a square confusion matrix whose cells add up to the size and diagonal to the hits', () => {
      const label = fc.constantFrom('x', 'y', 'z');
      fc.assert(
        fc.property(fc.array(fc.tuple(label, label)), (pairs) => {
          const result = scorePredictions(pairs.map(([actual]) => actual), pairs.map(([, predicted]) => predicted));
          const { labels, matrix } = result.confusion;
          expect(matrix).toHaveLength(labels.length);
          expect(matrix.flat().reduce((sum, value) => sum + value, 0)).toBe(pairs.length);
          const diagonal = labels.reduce((sum, _, index) => sum + matrix[index][index], 0);
          expect(result.accuracy).toBeCloseTo(pairs.length ? diagonal / pairs.length : 0);
        }),
      );
    });
  });

  describe(holdOutSplit.name, () => {
    const examples: LabelledExample[] = Array.from({ length: 1000 }, (_, index) => ({
      id: `item-${index}`,
      text: `text ${index}`,
      label: index % 4 === 0 ? 'rare' : 'common',
    }));
    const ids = (items: LabelledExample[]) => items.map((example) => example.id).sort();

    it('holds out about the fraction of each label and keeps every example exactly once', () => {
      const { train, holdOut } = holdOutSplit(examples, 0.2, 'seed');
      const share = (label: string) =>
        holdOut.filter((example) => example.label === label).length / examples.filter((example) => example.label === label).length;
      expect(share('rare')).toBeGreaterThan(0.14);
      expect(share('rare')).toBeLessThan(0.26);
      expect(share('common')).toBeGreaterThan(0.16);
      expect(share('common')).toBeLessThan(0.24);
      expect(new Set([...train, ...holdOut]).size).toBe(1000);
      expect(train.length + holdOut.length).toBe(1000);
    });

    it('is deterministic and does not depend on input order', () => {
      const first = ids(holdOutSplit(examples, 0.2, 'seed').holdOut);
      expect(ids(holdOutSplit([...examples].reverse(), 0.2, 'seed').holdOut)).toEqual(first);
      expect(ids(holdOutSplit(examples, 0.2, 'other').holdOut)).not.toEqual(first);
    });

    it('never moves an item to the other side as more labelled items arrive', () => {
      const before = holdOutSplit(examples.slice(0, 300), 0.2, 'seed');
      const after = holdOutSplit(examples, 0.2, 'seed');
      const heldAfter = new Set(ids(after.holdOut));
      expect(before.holdOut.every((example) => heldAfter.has(example.id))).toBe(true);
      expect(before.train.some((example) => heldAfter.has(example.id))).toBe(false);
    });

    it('splits on the text when examples have no id', () => {
      const unnamed = examples.map(({ text, label }) => ({ text, label }));
      const texts = (items: LabelledExample[]) => items.map((example) => example.text).sort();
      const forwards = holdOutSplit(unnamed, 0.2, 'seed').holdOut;
      expect(forwards.length).toBeGreaterThan(100);
      expect(texts(holdOutSplit([...unnamed].reverse(), 0.2, 'seed').holdOut)).toEqual(texts(forwards));
    });

    it('holds out one example of a small label the draw missed, and none of a label with one example', () => {
      const few: LabelledExample[] = [
        { text: 'a', label: 'x' },
        { text: 'b', label: 'x' },
        { text: 'c', label: 'y' },
      ];
      const { holdOut } = holdOutSplit(few, 0.01, 1);
      expect(holdOut.map((example) => example.label)).toEqual(['x']);
    });

    it.each([0, 1, -0.5, Number.NaN])('refuses fraction %s', (fraction) => {
      expect(() => holdOutSplit(examples, fraction, 'seed')).toThrow(/fraction/);
    });
  });

  describe(shouldPromote.name, () => {
    const scored = (accuracy: number, macroF1 = accuracy, size = 50) => ({ accuracy, macroF1, size }) as Evaluation;

    it('promotes a candidate that scores at least as well on the same slice', () => {
      expect(shouldPromote(scored(0.8), scored(0.75))).toBe(true);
      expect(shouldPromote(scored(0.8), scored(0.8))).toBe(true);
    });

    it('keeps the current model when the candidate is worse', () => {
      expect(shouldPromote(scored(0.79), scored(0.8))).toBe(false);
    });

    it('can compare on macro F1 instead', () => {
      expect(shouldPromote(scored(0.9, 0.5), scored(0.8, 0.6), 'macroF1')).toBe(false);
      expect(shouldPromote(scored(0.7, 0.7), scored(0.8, 0.6), 'macroF1')).toBe(true);
    });

    it('promotes the first model, unless it was scored on nothing', () => {
      expect(shouldPromote(scored(0.4), null)).toBe(true);
      expect(shouldPromote(scored(0, 0, 0), null)).toBe(false);
    });

    it('refuses evaluations of different slices', () => {
      expect(() => shouldPromote(scored(0.8, 0.8, 40), scored(0.7, 0.7, 50))).toThrow(/same held-out slice/);
    });
  });
});
