import { assessSurge, surgeWindows } from './surge-statistics';

describe(assessSurge.name, () => {
  // 14 days of hourly windows.
  const t = { minVolume: 10, factor: 3, baselineWindows: 336 };

  it('raises a volume surge when the window holds far more items than the baseline’s mean', () => {
    // 336 items over 14 days: one an hour; 12 in the last hour is ≥ 3 × (1 + 1).
    const a = assessSurge({ recent: 12, recentNegative: 3, baseline: 336, baselineNegative: 100 }, t);
    expect(a).toMatchObject({ raised: true, reason: 'volume', baselineVolume: 1 });
  });

  it('does not raise below the minimum volume, however quiet the baseline', () => {
    expect(assessSurge({ recent: 9, recentNegative: 9, baseline: 0, baselineNegative: 0 }, t).raised).toBe(false);
  });

  it('does not raise when the window is only somewhat above the baseline', () => {
    // 10 an hour usually; 20 is 2× — below 3 × (10 + 1) = 33.
    const a = assessSurge({ recent: 20, recentNegative: 6, baseline: 3360, baselineNegative: 1000 }, t);
    expect(a).toMatchObject({ raised: false, reason: null });
    expect(a.baselineVolume).toBe(10);
  });

  it('applies +1 smoothing: a silent topic needs factor × 1 items, and the minimum volume', () => {
    expect(assessSurge({ recent: 10, recentNegative: 0, baseline: 0, baselineNegative: 0 }, t)).toMatchObject({ raised: true, reason: 'volume' });
    expect(assessSurge({ recent: 10, recentNegative: 0, baseline: 0, baselineNegative: 0 }, { ...t, factor: 11 }).raised).toBe(false);
  });

  it('raises on a sharp jump in the negative share at the usual volume', () => {
    // 20 an hour usually, 10% negative; now 25 with 20 negative (80%).
    const a = assessSurge({ recent: 25, recentNegative: 20, baseline: 6720, baselineNegative: 672 }, t);
    expect(a).toMatchObject({ raised: true, reason: 'negative_share' });
    expect(a.negativeShare).toBeCloseTo(0.8);
    expect(a.baselineNegativeShare).toBeCloseTo(0.1, 2);
  });

  it('does not raise on a negative share that was already high', () => {
    expect(assessSurge({ recent: 25, recentNegative: 20, baseline: 6720, baselineNegative: 5000 }, t).raised).toBe(false);
  });

  it('does not raise on a negative jump while the volume fell below the usual', () => {
    expect(assessSurge({ recent: 12, recentNegative: 12, baseline: 6720, baselineNegative: 100 }, t).raised).toBe(false);
  });
});

describe(surgeWindows.name, () => {
  it('puts the window just before now and the baseline days before the window', () => {
    const w = surgeWindows(new Date('2026-12-02T12:00:00Z'), 60, 14);
    expect(w.windowStart.toISOString()).toBe('2026-12-02T11:00:00.000Z');
    expect(w.baselineStart.toISOString()).toBe('2026-11-18T11:00:00.000Z');
    expect(w.baselineWindows).toBe(336);
  });
});
