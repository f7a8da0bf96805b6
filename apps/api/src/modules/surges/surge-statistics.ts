/** Counts for one key (topic, topic × location, topic × product) in the recent window and over the baseline. */
export interface SurgeCounts {
  recent: number;
  recentNegative: number;
  /** Items over the whole baseline period (every window before the recent one). */
  baseline: number;
  baselineNegative: number;
}

export interface SurgeThresholds {
  /** Fewest items in the recent window. */
  minVolume: number;
  /** The window must reach factor × (baseline mean per window + 1). */
  factor: number;
  /** How many windows of the recent window's size the baseline period holds. */
  baselineWindows: number;
}

export interface SurgeAssessment {
  raised: boolean;
  /** Why: far more items than usual, or a far larger share of them negative. */
  reason: 'volume' | 'negative_share' | null;
  baselineVolume: number;
  negativeShare: number;
  baselineNegativeShare: number;
}

/** A jump in the negative share of at least this many points (0…1) counts as sharp… */
export const NEGATIVE_SHARE_JUMP = 0.4;
/** …provided the window holds at least this share of negative items. */
export const NEGATIVE_SHARE_FLOOR = 0.6;

/**
 * Whether a key surges. Volume: at least `minVolume` items and at least `factor` times the
 * baseline's mean per window, plus one (the +1 keeps a topic that is usually silent from surging
 * on a handful of items and avoids dividing by zero). Negative share: with the same minimum volume
 * and at least the usual volume, the share of negative items jumped by NEGATIVE_SHARE_JUMP points
 * to at least NEGATIVE_SHARE_FLOOR (the baseline share is smoothed with one positive and one
 * negative pseudo-item, so an empty baseline counts as one half).
 */
export function assessSurge(counts: SurgeCounts, t: SurgeThresholds): SurgeAssessment {
  const windows = Math.max(1, t.baselineWindows);
  const baselineVolume = counts.baseline / windows;
  const negativeShare = counts.recent > 0 ? counts.recentNegative / counts.recent : 0;
  const baselineNegativeShare = (counts.baselineNegative + 1) / (counts.baseline + 2);
  const enough = counts.recent >= t.minVolume;
  const result = { baselineVolume, negativeShare, baselineNegativeShare };
  if (enough && counts.recent >= t.factor * (baselineVolume + 1)) return { raised: true, reason: 'volume', ...result };
  if (enough && counts.recent >= baselineVolume && negativeShare >= NEGATIVE_SHARE_FLOOR && negativeShare - baselineNegativeShare >= NEGATIVE_SHARE_JUMP) {
    return { raised: true, reason: 'negative_share', ...result };
  }
  return { raised: false, reason: null, ...result };
}

/** The recent window [start, now) and the baseline before it. */
export function surgeWindows(now: Date, windowMinutes: number, baselineDays: number): { windowStart: Date; baselineStart: Date; baselineWindows: number } {
  const windowMs = windowMinutes * 60_000;
  const windowStart = new Date(now.getTime() - windowMs);
  const baselineStart = new Date(windowStart.getTime() - baselineDays * 86_400_000);
  return { windowStart, baselineStart, baselineWindows: (baselineDays * 86_400_000) / windowMs };
}
