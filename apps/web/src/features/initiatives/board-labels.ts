import type { BoardTimelineEntry, InitiativeStatus } from '@fullcircle/shared';
import type { BadgeTone } from '../../components/badge';

export const BOARD_STATUS_LABELS: Record<InitiativeStatus, string> = {
  proposed: 'Under review',
  planned: 'Planned',
  in_progress: 'In progress',
  shipped: 'Shipped',
  declined: 'Declined',
};

export const BOARD_STATUS_TONES: Record<InitiativeStatus, BadgeTone> = {
  proposed: 'neutral',
  planned: 'accent',
  in_progress: 'warning',
  shipped: 'success',
  declined: 'danger',
};

export const BOARD_TIMELINE_LABELS: Record<BoardTimelineEntry['kind'], string> = {
  created: 'Opened on the board',
  shipped: 'Shipped',
  declined: 'Declined',
  incident_update: 'Update',
};

export function votesLabel(votes: number): string {
  return `${votes} ${votes === 1 ? 'vote' : 'votes'}`;
}

export function formatBoardDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** The portal's sign-in, coming back to `path` afterwards. */
export function portalSignInHref(path: string): string {
  return `/portal/sign-in?redirect=${encodeURIComponent(path)}`;
}
