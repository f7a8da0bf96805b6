import type { BoardViewerState } from '@fullcircle/shared';
import { Bell, BellRing, ThumbsUp } from 'lucide-react';
import { buttonClasses } from '../../components/button';
import { cn } from '../../components/cn';
import { Spinner } from '../../components/spinner';
import { portalSignInHref, votesLabel } from './board-labels';

interface ToggleProps {
  title: string;
  viewer: BoardViewerState | null;
  /** Where the portal sign-in brings the customer back to. */
  returnTo: string;
  busy: boolean;
  onToggle: (next: boolean) => void;
}

/**
 * Vote: a real toggle button (aria-pressed) for a signed-in customer, a link to the portal
 * sign-in otherwise. Linked feedback already counts as the vote, so then it stays pressed.
 */
export function VoteToggle({ title, viewer, returnTo, busy, onToggle, votes }: ToggleProps & { votes: number }) {
  const count = (
    <span className="tabular-nums" aria-hidden>
      {votes}
    </span>
  );
  if (!viewer) {
    return (
      <a href={portalSignInHref(returnTo)} aria-label={`Sign in to vote for ${title} (${votesLabel(votes)})`} className={buttonClasses('secondary', 'md')}>
        <ThumbsUp aria-hidden className="size-4" /> Vote {count}
      </a>
    );
  }
  const locked = viewer.hasLinkedFeedback;
  return (
    <button
      type="button"
      aria-pressed={viewer.voted}
      aria-label={`Vote for ${title} (${votesLabel(votes)})`}
      aria-disabled={locked || undefined}
      aria-busy={busy || undefined}
      title={locked ? 'Your feedback is linked to this initiative, so it already counts as your vote' : undefined}
      onClick={() => {
        if (!locked && !busy) onToggle(!viewer.voted);
      }}
      className={cn(buttonClasses(viewer.voted ? 'primary' : 'secondary', 'md'), locked && 'cursor-default')}
    >
      {busy ? <Spinner /> : <ThumbsUp aria-hidden className="size-4" />} {viewer.voted ? 'Voted' : 'Vote'} {count}
    </button>
  );
}

export function FollowToggle({ title, viewer, returnTo, busy, onToggle }: ToggleProps) {
  if (!viewer) {
    return (
      <a href={portalSignInHref(returnTo)} aria-label={`Sign in to follow ${title}`} className={buttonClasses('secondary', 'md')}>
        <Bell aria-hidden className="size-4" /> Follow
      </a>
    );
  }
  return (
    <button
      type="button"
      aria-pressed={viewer.following}
      aria-label={`Follow ${title}`}
      aria-busy={busy || undefined}
      onClick={() => {
        if (!busy) onToggle(!viewer.following);
      }}
      className={buttonClasses(viewer.following ? 'primary' : 'secondary', 'md')}
    >
      {busy ? <Spinner /> : viewer.following ? <BellRing aria-hidden className="size-4" /> : <Bell aria-hidden className="size-4" />}
      {viewer.following ? 'Following' : 'Follow'}
    </button>
  );
}
