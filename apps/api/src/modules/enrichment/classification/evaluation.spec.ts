import fc from 'fast-check';
import type { LabelledExample } from './classifier-types';
import { CURVE_THRESHOLDS, evaluate, type Evaluation, holdOutSplit, scorePredictions, shouldPromote, thresholdCurve } from './evaluation';

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

  describe(thresholdCurve.name, () => {
    // Ten held-out predictions, most confident first; ✓ = predicted the true label.
    //   0.97 ✓  0.91 ✓  0.86 ✗  0.80 ✓  0.74 ✓  0.70 ✗  0.66 ✓  0.58 ✗  0.52 ✓  0.31 ✗
    const confidences = [0.97, 0.91, 0.86, 0.8, 0.74, 0.7, 0.66, 0.58, 0.52, 0.31];
    const right = [true, true, false, true, true, false, true, false, true, false];
    const predictions = confidences.map((confidence, index) => ({
      actual: 'Baggage',
      predicted: right[index] ? 'Baggage' : 'Billing',
      confidence,
    }));

    it('gives, per threshold, the share of items at or above it and the share of those that are right', () => {
      const curve = thresholdCurve(predictions);
      expect(curve.map((point) => point.threshold)).toEqual([0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95]);
      const byThreshold = Object.fromEntries(curve.map((point) => [point.threshold, point]));
      // ≥ 0.5: nine items, six right.
      expect(byThreshold[0.5].coverage).toBeCloseTo(9 / 10, 12);
      expect(byThreshold[0.5].precision).toBeCloseTo(6 / 9, 12);
      // ≥ 0.55: 0.52 drops out, eight items, five right.
      expect(byThreshold[0.55]).toEqual({ threshold: 0.55, coverage: 0.8, precision: 5 / 8 });
      // ≥ 0.7 keeps the 0.70 item (the threshold is inclusive): six items, four right.
      expect(byThreshold[0.7]).toEqual({ threshold: 0.7, coverage: 0.6, precision: 4 / 6 });
      // ≥ 0.75: four items (0.97, 0.91, 0.86, 0.80), three right; ≥ 0.8 the same.
      expect(byThreshold[0.75]).toEqual({ threshold: 0.75, coverage: 0.4, precision: 0.75 });
      expect(byThreshold[0.8]).toEqual({ threshold: 0.8, coverage: 0.4, precision: 0.75 });
      // ≥ 0.85: three items, two right; ≥ 0.9: two, both right; ≥ 0.95: one, right.
      expect(byThreshold[0.85]).toEqual({ threshold: 0.85, coverage: 0.3, precision: 2 / 3 });
      expect(byThreshold[0.9]).toEqual({ threshold: 0.9, coverage: 0.2, precision: 1 });
      expect(byThreshold[0.95]).toEqual({ threshold: 0.95, coverage: 0.1, precision: 1 });
    });

    it('takes other thresholds, and gives precision 1 where nothing is routed', () => {
      expect(thresholdCurve(predictions, [0.3, 0.99])).toEqual([
        { threshold: 0.3, coverage: 1, precision: 6 / 10 },
        { threshold: 0.99, coverage: 0, precision: 1 },
      ]);
      expect(thresholdCurve([], [0.5])).toEqual([{ threshold: 0.5, coverage: 0, precision: 1 }]);
    });

    it('never routes more as the threshold rises', () => {
      const point = fc.record({ right: fc.boolean(), confidence: fc.double({ min: 0, max: 1, noNaN: true }) });
      fc.assert(
        fc.property(fc.array(point), (items) => {
          const curve = thresholdCurve(items.map((item) => ({ actual: 'a', predicted: item.right ? 'a' : 'b', confidence: item.confidence })));
          for (let index = 1; index < curve.length; index++) expect(curve[index].coverage).toBeLessThanOrEqual(curve[index - 1].coverage);
          for (const { precision, coverage } of curve) {
            expect(precision).toBeGreaterThanOrEqual(0);
            expect(precision).toBeLessThanOrEqual(1);
            expect(coverage).toBeGreaterThanOrEqual(0);
            expect(coverage).toBeLessThanOrEqual(1);
          }
        }),
      );
    });

    it('is what evaluate returns as curve for a model that gives confidences', () => {
      const examples = predictions.map((prediction, index) => ({ text: `t${index}`, label: prediction.actual }));
      const model = {
        predict: (text: string) => {
          const prediction = predictions[Number(text.slice(1))];
          return { label: prediction.predicted, confidence: prediction.confidence };
        },
      };
      const result = evaluate(model, examples);
      expect(result.curve).toEqual(thresholdCurve(predictions));
      expect(result.curve).toHaveLength(CURVE_THRESHOLDS.length);
      expect(result.accuracy).toBeCloseTo(6 / 10, 12);
    });

    it('is empty in evaluate for a predictor that gives no confidence', () => {
      expect(evaluate(lookup({ a: 'x' }), [{ text: 'a', label: 'x' }]).curve).toEqual([]);
    });
  });

  describe(scorePredictions.name, () => {
    it('refuses arrays of different lengths', () => {
      expect(() => scorePredictions(['a'], [])).toThrow(/length/);
      expect(() => scorePredictions(['a'], ['a'], [], [0.5, 0.6])).toThrow(/length/);
    });

    it('adds the threshold curve when given confidences', () => {
      const result = scorePredictions(['a', 'a', 'b'], ['a', 'b', 'b'], [], [0.9, 0.6, 0.4]);
      expect(result.curve[0]).toEqual({ threshold: 0.5, coverage: 2 / 3, precision: 0.5 });
      expect(result.curve.at(-1)).toEqual({ threshold: 0.95, coverage: 0, precision: 1 });
      expect(scorePredictions(['a'], ['a']).curve).toEqual([]);
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
