import type { ClassifierKind, LabelledExample, SerializedClassifier } from './classifier-types';
import { evaluate } from './evaluation';
import { seededRandom } from './seeded-random';
import { loadClassifier, train } from './text-classifier';

/** Synthetic feedback: each department has its own words, wrapped in shared filler. */
const VOCABULARY: Record<string, string[]> = {
  Baggage: ['bag', 'suitcase', 'luggage', 'carousel', 'lost bag', 'damaged suitcase'],
  Billing: ['invoice', 'charged twice', 'refund', 'overcharged', 'payment', 'receipt'],
  Delivery: ['courier', 'parcel', 'late delivery', 'tracking', 'never arrived', 'driver'],
};
const FILLER = ['hello', 'please help', 'today', 'about my order', 'thanks', 'again', 'the', 'my'];

function syntheticExamples(count: number, seed: string): LabelledExample[] {
  const random = seededRandom(seed);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  const labels = Object.keys(VOCABULARY);
  return Array.from({ length: count }, (_, index) => {
    const label = labels[index % labels.length];
    const words = [pick(FILLER), pick(VOCABULARY[label]), pick(FILLER), pick(VOCABULARY[label]), pick(FILLER)];
    return { id: `${seed}-${index}`, label, text: words.join(' ') };
  });
}

const TRAIN = syntheticExamples(150, 'train');
const TEST = syntheticExamples(60, 'test');
const KINDS: ClassifierKind[] = ['logistic-regression', 'naive-bayes', 'complement-naive-bayes'];
const base = { name: 'department', version: '3', trainedAt: '2026-11-01T00:00:00.000Z' };

describe('text classifier', () => {
  describe(train.name, () => {
    it.each(KINDS)('%s learns separable synthetic departments', (kind) => {
      const model = train(TRAIN, { ...base, kind });
      expect(evaluate(model, TEST).accuracy).toBeGreaterThanOrEqual(0.95);
      expect(model.predict('my suitcase did not come off the carousel').label).toBe('Baggage');
      expect(model.predict('you charged twice and there is no receipt').label).toBe('Billing');
    });

    it('records what it is: name, kind, version, training date and size, labels', () => {
      const model = train(TRAIN, { ...base, kind: 'naive-bayes' });
      expect(model).toMatchObject({
        name: 'department',
        kind: 'naive-bayes',
        version: '3',
        trainedAt: '2026-11-01T00:00:00.000Z',
        trainingSize: 150,
        labels: ['Baggage', 'Billing', 'Delivery'],
        labelCounts: { Baggage: 50, Billing: 50, Delivery: 50 },
      });
      expect(model.provenance).toEqual({ model: 'department-naive-bayes', version: '3' });
    });

    it('defaults to logistic regression and stamps the training time', () => {
      const before = Date.now();
      const model = train(TRAIN, { name: 'department', version: '1' });
      expect(model.kind).toBe('logistic-regression');
      expect(Date.parse(model.trainedAt)).toBeGreaterThanOrEqual(before - 1000);
    });

    it.each(KINDS)('%s is deterministic: the same examples in another order give the same JSON', (kind) => {
      const first = train(TRAIN, { ...base, kind });
      const second = train([...TRAIN].reverse(), { ...base, kind });
      expect(JSON.stringify(second.toJSON())).toBe(JSON.stringify(first.toJSON()));
    });

    it('gives a different model for a different seed (the seed is used)', () => {
      const first = train(TRAIN, { ...base, seed: 'a' });
      const second = train(TRAIN, { ...base, seed: 'b' });
      expect(JSON.stringify(second.toJSON())).not.toBe(JSON.stringify(first.toJSON()));
    });

    it('drops blank texts and refuses fewer than two labels', () => {
      const model = train([...TRAIN, { text: '   ', label: 'Baggage' }], { ...base, kind: 'naive-bayes' });
      expect(model.trainingSize).toBe(150);
      expect(() => train(TRAIN.filter((example) => example.label === 'Baggage'), base)).toThrow(/two labels/);
    });

    it('prunes features seen in fewer texts than minDocumentFrequency and caps their number', () => {
      const rare = [...TRAIN, { text: 'zanzibar', label: 'Billing' }];
      const kept = train(rare, { ...base, kind: 'naive-bayes', minDocumentFrequency: 1 }).toJSON();
      const pruned = train(rare, { ...base, kind: 'naive-bayes' }).toJSON();
      expect(kept.vocabulary).toContain('zanzibar');
      expect(pruned.vocabulary).not.toContain('zanzibar');
      expect(train(TRAIN, { ...base, kind: 'naive-bayes', maxFeatures: 10 }).toJSON().vocabulary).toHaveLength(10);
    });
  });

  describe('predict', () => {
    it.each(KINDS)('%s gives probabilities over every label that sum to 1, the best as label and confidence', (kind) => {
      const model = train(TRAIN, { ...base, kind });
      const prediction = model.predict('where is my parcel, the courier never arrived');
      expect(Object.keys(prediction.scores)).toEqual(['Baggage', 'Billing', 'Delivery']);
      expect(Object.values(prediction.scores).reduce((sum, value) => sum + value, 0)).toBeCloseTo(1, 10);
      expect(prediction.label).toBe('Delivery');
      expect(prediction.confidence).toBe(Math.max(...Object.values(prediction.scores)));
      expect(prediction.provenance).toEqual({ model: `department-${kind}`, version: '3' });
    });

    it('is unsure about a text with no known word', () => {
      const model = train(TRAIN, { ...base, kind: 'logistic-regression' });
      const prediction = model.predict('qwerty zxcvb');
      expect(prediction.confidence).toBeLessThan(0.5);
    });

    it('is surer about a clear text than a mixed one', () => {
      const model = train(TRAIN, { ...base, kind: 'logistic-regression' });
      const clear = model.predict('lost bag damaged suitcase luggage carousel');
      const mixed = model.predict('lost bag and charged twice');
      expect(clear.confidence).toBeGreaterThan(mixed.confidence);
    });
  });

  describe(loadClassifier.name, () => {
    it.each(KINDS)('%s predicts the same after a round trip through JSON text', (kind) => {
      const model = train(TRAIN, { ...base, kind });
      const stored = JSON.stringify(model);
      const loaded = loadClassifier(JSON.parse(stored) as SerializedClassifier);
      for (const example of TEST) expect(loaded.predict(example.text)).toEqual(model.predict(example.text));
      expect(loadClassifier(stored).toJSON()).toEqual(model.toJSON());
      expect(loaded).toMatchObject({ name: 'department', kind, version: '3', trainingSize: 150 });
    });

    it('leaves logistic regression features with only small weights out of the stored model', () => {
      const all = train(TRAIN, { ...base, minWeight: 0 }).toJSON();
      const pruned = train(TRAIN, { ...base, minWeight: 0.5 }).toJSON();
      expect(pruned.vocabulary.length).toBeLessThan(all.vocabulary.length);
      expect(pruned.vocabulary.length).toBeGreaterThan(0);
      if (pruned.kind !== 'logistic-regression') throw new Error('expected logistic regression');
      for (let row = 0; row < pruned.vocabulary.length; row++) {
        const weights = pruned.weights.slice(row * 3, row * 3 + 3).map(Math.abs);
        expect(Math.max(...weights)).toBeGreaterThanOrEqual(500);
      }
      expect(evaluate(loadClassifier(pruned), TEST).accuracy).toBeGreaterThanOrEqual(0.95);
    });

    it('stores logistic regression weights as integers', () => {
      const json = train(TRAIN, { ...base, kind: 'logistic-regression' }).toJSON();
      if (json.kind !== 'logistic-regression') throw new Error('expected logistic regression');
      expect(json.weights.every(Number.isInteger)).toBe(true);
      expect(json.weights).toHaveLength(json.vocabulary.length * json.labels.length);
    });

    it('refuses something that is not a stored model', () => {
      expect(() => loadClassifier({ kind: 'naive-bayes' } as unknown as SerializedClassifier)).toThrow(/not a/);
      const json = { ...train(TRAIN, { ...base, kind: 'naive-bayes' }).toJSON(), kind: 'svm' };
      expect(() => loadClassifier(json as unknown as SerializedClassifier)).toThrow(/unknown classifier kind svm/);
    });
  });
});
