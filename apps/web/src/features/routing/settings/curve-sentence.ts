import type { ThresholdCurvePoint } from '@fullcircle/shared';

/** The point of the curve whose threshold is closest to `threshold` (null for an empty curve). */
export function nearestPoint(curve: readonly ThresholdCurvePoint[], threshold: number): ThresholdCurvePoint | null {
  let best: ThresholdCurvePoint | null = null;
  for (const point of curve) {
    if (!best || Math.abs(point.threshold - threshold) < Math.abs(best.threshold - threshold)) best = point;
  }
  return best;
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

/** "At 0.80, the model routes 58% of items itself and is right 91% of the time", read off the curve. */
export function curveSentence(curve: readonly ThresholdCurvePoint[], threshold: number): string | null {
  const point = nearestPoint(curve, threshold);
  if (!point) return null;
  return `At ${threshold.toFixed(2)}, the model routes ${pct(point.coverage)} of items itself and is right ${pct(point.precision)} of the time`;
}
