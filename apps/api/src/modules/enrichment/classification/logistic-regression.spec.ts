import { naiveBayesLogCountRatios, trainLogisticRegression } from './logistic-regression';
import type { FeaturisedExample } from './vocabulary';

const example = (label: number, features: [number, number][]): FeaturisedExample => ({ label, features: new Map(features) });

describe('logistic regression', () => {
  describe(naiveBayesLogCountRatios.name, () => {
    it('gives per feature and label the smoothed log ratio of its share in that label against the rest', () => {
      // Label 0: texts {f0 ×3, f1} and {f0}; label 1: {f1, f2}. A feature counts once per text.
      const examples = [example(0, [[0, 3], [1, 1]]), example(0, [[0, 1]]), example(1, [[1, 1], [2, 1]])];
      const ratios = naiveBayesLogCountRatios(examples, 3, 2, 1);
      // Label 0 holds 3 occurrences (f0 twice, f1 once), the rest 2; smoothed totals 3+3 and 2+3.
      // f0: (2+1)/6 in label 0 against (0+1)/5 elsewhere; f1: 2/6 against 2/5; f2: 1/6 against 2/5.
      // Label 1 holds 2 (f1, f2), the rest 3; smoothed totals 2+3 and 3+3.
      // f0: 1/5 against 3/6; f1: 2/5 against 2/6; f2: 2/5 against 1/6.
      const expected = [
        [Math.log(3 / 6 / (1 / 5)), Math.log(1 / 5 / (3 / 6))],
        [Math.log(2 / 6 / (2 / 5)), Math.log(2 / 5 / (2 / 6))],
        [Math.log(1 / 6 / (2 / 5)), Math.log(2 / 5 / (1 / 6))],
      ].flat();
      expect(ratios).toHaveLength(6);
      ratios.forEach((ratio, index) => expect(ratio).toBeCloseTo(expected[index], 12));
    });
  });

  describe(trainLogisticRegression.name, () => {
    const examples = [
      example(0, [[0, 1], [2, 1]]),
      example(0, [[0, 2]]),
      example(1, [[1, 1], [2, 1]]),
      example(1, [[1, 1]]),
    ];
    const options = { epochs: 20, l2: 1e-4, learningRate: 0.5, seed: 'spec' };

    it('learns weights that favour each label by its own features', () => {
      const { weights } = trainLogisticRegression(examples, 3, 2, options);
      expect(weights[0 * 2 + 0]).toBeGreaterThan(weights[0 * 2 + 1]);
      expect(weights[1 * 2 + 1]).toBeGreaterThan(weights[1 * 2 + 0]);
    });

    it('with feature scales of 1 learns exactly what it learns without', () => {
      const plain = trainLogisticRegression(examples, 3, 2, options);
      const scaled = trainLogisticRegression(examples, 3, 2, { ...options, featureScales: new Float64Array(6).fill(1) });
      expect(Array.from(scaled.weights)).toEqual(Array.from(plain.weights));
      expect(Array.from(scaled.bias)).toEqual(Array.from(plain.bias));
    });

    it('leaves a weight whose scale is 0 at 0, and returns weights with the scales applied', () => {
      const scales = new Float64Array([1, 1, 1, 1, 0, 2]);
      const { weights } = trainLogisticRegression(examples, 3, 2, { ...options, featureScales: scales });
      expect(weights[4]).toBe(0);
      expect(weights[5]).not.toBe(0);
    });

    it('refuses scales of the wrong size', () => {
      expect(() => trainLogisticRegression(examples, 3, 2, { ...options, featureScales: new Float64Array(5) })).toThrow(/featureScales/);
    });
  });
});
