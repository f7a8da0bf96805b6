import { fitTemperature, logLoss, MAX_TEMPERATURE, MIN_TEMPERATURE } from './calibration';
import { seededRandom } from './seeded-random';
import { softmax } from './softmax';

/**
 * Log-scores drawn at random, with labels drawn from softmax(scores / trueTemperature): the
 * temperature that best explains the labels is then trueTemperature, up to sampling noise.
 */
function sample(count: number, trueTemperature: number, seed: string) {
  const random = seededRandom(seed);
  const scores: number[][] = [];
  const labels: number[] = [];
  for (let index = 0; index < count; index++) {
    const row = [0, 1, 2].map(() => (random() - 0.5) * 8);
    const probabilities = softmax(row.map((value) => value / trueTemperature));
    let draw = random();
    let label = 0;
    while (label < probabilities.length - 1 && draw >= probabilities[label]) draw -= probabilities[label++];
    scores.push(row);
    labels.push(label);
  }
  return { scores, labels };
}

describe('calibration', () => {
  describe(logLoss.name, () => {
    it('is the mean negative log-probability of the true labels', () => {
      // Equal scores: probability 1/2 each. Scores [ln 3, 0]: probabilities 3/4 and 1/4.
      expect(logLoss([[0, 0]], [0], 1)).toBeCloseTo(Math.log(2), 12);
      expect(logLoss([[Math.log(3), 0]], [1], 1)).toBeCloseTo(Math.log(4), 12);
      expect(logLoss([[Math.log(3), 0], [0, 0]], [0, 1], 1)).toBeCloseTo((Math.log(4 / 3) + Math.log(2)) / 2, 12);
      // Temperature 2 halves the scores: [ln 9, 0] at T=2 is [ln 3, 0] at T=1.
      expect(logLoss([[Math.log(9), 0]], [1], 2)).toBeCloseTo(Math.log(4), 12);
    });

    it('is 0 for no examples and refuses arrays of different lengths', () => {
      expect(logLoss([], [], 1)).toBe(0);
      expect(() => logLoss([[0, 1]], [], 1)).toThrow(/length/);
    });
  });

  describe(fitTemperature.name, () => {
    it.each([1.5, 2.5, 4])('recovers the temperature %s that generated the labels', (trueTemperature) => {
      const { scores, labels } = sample(4000, trueTemperature, `t${trueTemperature}`);
      const fitted = fitTemperature(scores, labels);
      expect(Math.abs(fitted - trueTemperature) / trueTemperature).toBeLessThan(0.1);
    });

    it('minimises the log-loss: nearby temperatures do no better', () => {
      const { scores, labels } = sample(1000, 1.7, 'minimum');
      const fitted = fitTemperature(scores, labels);
      const best = logLoss(scores, labels, fitted);
      for (const factor of [0.8, 0.95, 1.05, 1.25]) expect(logLoss(scores, labels, fitted * factor)).toBeGreaterThan(best);
    });

    it('never sharpens: an underconfident model keeps temperature 1', () => {
      const { scores, labels } = sample(2000, 0.5, 'sharper');
      expect(MIN_TEMPERATURE).toBe(1);
      expect(fitTemperature(scores, labels)).toBeCloseTo(1, 3);
    });

    it('stays within its bounds when the held-out examples would push it to an extreme', () => {
      // Always right with a wide margin: the log-loss keeps falling as T goes to 0.
      const certain = Array.from({ length: 50 }, (_, index) => (index % 2 ? [5, 0] : [0, 5]));
      const certainLabels = certain.map((_, index) => (index % 2 ? 0 : 1));
      expect(fitTemperature(certain, certainLabels)).toBeCloseTo(MIN_TEMPERATURE, 3);
      // Always wrong: the best it can do is probabilities as flat as allowed.
      expect(fitTemperature(certain, certainLabels.map((label) => 1 - label))).toBeCloseTo(MAX_TEMPERATURE, 0);
    });

    it('is 1 for no examples and deterministic', () => {
      expect(fitTemperature([], [])).toBe(1);
      const { scores, labels } = sample(200, 2, 'again');
      expect(fitTemperature(scores, labels)).toBe(fitTemperature(scores, labels));
    });
  });
});
