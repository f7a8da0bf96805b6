import type { ThresholdCurvePoint } from '@fullcircle/shared';
import { curveSentence, nearestPoint } from './curve-sentence';

const CURVE: ThresholdCurvePoint[] = [
  { threshold: 0.5, coverage: 0.92, precision: 0.74 },
  { threshold: 0.7, coverage: 0.71, precision: 0.86 },
  { threshold: 0.8, coverage: 0.584, precision: 0.912 },
  { threshold: 0.9, coverage: 0.33, precision: 0.97 },
];

describe('curveSentence', () => {
  it('reads coverage and precision off the point at the threshold', () => {
    expect(curveSentence(CURVE, 0.8)).toBe('At 0.80, the model routes 58% of items itself and is right 91% of the time');
  });

  it('uses the nearest point when the threshold falls between two', () => {
    expect(curveSentence(CURVE, 0.87)).toBe('At 0.87, the model routes 33% of items itself and is right 97% of the time');
    expect(nearestPoint(CURVE, 0.74)?.threshold).toBe(0.7);
  });

  it('says nothing without a curve', () => {
    expect(curveSentence([], 0.8)).toBeNull();
  });
});
