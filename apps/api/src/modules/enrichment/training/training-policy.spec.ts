import { retrainDecision } from './training-policy';

describe('retrainDecision', () => {
  const policy = { minExamples: 50, minNewLabels: 20 };
  const base = { examples: 60, distinctLabels: 3, newLabels: 25, hasModel: true, force: false };

  it('runs with enough examples, labels and new labels', () => {
    expect(retrainDecision(base, policy)).toEqual({ run: true });
  });

  it('needs the minimum number of examples, even when forced', () => {
    expect(retrainDecision({ ...base, examples: 49, force: true }, policy)).toEqual({ run: false, reason: expect.stringContaining('50') });
  });

  it('needs two different labels', () => {
    expect(retrainDecision({ ...base, distinctLabels: 1, force: true }, policy)).toMatchObject({ run: false });
  });

  it('waits for enough new labels unless forced or there is no model yet', () => {
    expect(retrainDecision({ ...base, newLabels: 19 }, policy)).toMatchObject({ run: false });
    expect(retrainDecision({ ...base, newLabels: 19, force: true }, policy)).toEqual({ run: true });
    expect(retrainDecision({ ...base, newLabels: 0, hasModel: false }, policy)).toEqual({ run: true });
  });
});
