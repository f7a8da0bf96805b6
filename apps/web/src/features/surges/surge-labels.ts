import type { SurgeStatus } from '@fullcircle/shared';
import type { BadgeTone } from '../../components/badge';

export const SURGE_STATUS_META: Record<SurgeStatus, { label: string; tone: BadgeTone }> = {
  open: { label: 'Open', tone: 'danger' },
  incident: { label: 'Incident', tone: 'warning' },
  dismissed: { label: 'Dismissed', tone: 'neutral' },
  ended: { label: 'Ended', tone: 'success' },
};

export const percent = (share: number) => `${Math.round(share * 100)}%`;

/** "12 vs 1.2 usually" with the factor. */
export function volumeSummary(volume: number, baseline: number): string {
  const factor = baseline > 0 ? `${(volume / baseline).toFixed(volume / baseline >= 10 ? 0 : 1)}×` : 'new';
  return `${volume} vs ${baseline.toFixed(baseline < 1 ? 2 : 1)} usually (${factor})`;
}
