import { INITIATIVE_STATUSES, type BoardInitiativeSummary, type BoardSort, type InitiativeStatus } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { MessageSquare, Users, Vote } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { buttonClasses } from '../../components/button';
import { cn, focusRing } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { Select } from '../../components/select-field';
import { Spinner } from '../../components/spinner';
import { BOARD_STATUS_LABELS, BOARD_STATUS_TONES, votesLabel } from './board-labels';
import { BoardLayout } from './board-layout';
import { useBoard, useBoardVote } from './board-hooks';
import { VoteToggle } from './board-toggles';

const SORT_OPTIONS = [
  { value: 'votes', label: 'Most votes' },
  { value: 'recent', label: 'Recently updated' },
] as const;

/** `/board`: public initiatives anyone may read; signed-in customers vote from the cards. */
export function BoardPage() {
  useDocumentTitle('Public board');
  const [status, setStatus] = useState<InitiativeStatus | undefined>(undefined);
  const [sort, setSort] = useState<BoardSort>('votes');
  const board = useBoard({ status, sort });
  const vote = useBoardVote();
  const [announcement, setAnnouncement] = useState('');

  const toggleVote = (item: BoardInitiativeSummary, next: boolean) =>
    vote.mutate(
      { id: item.id, voted: next },
      {
        onSuccess: (result) =>
          setAnnouncement(`${result.viewer.voted ? 'Vote recorded' : 'Vote removed'} for ${item.title}: ${votesLabel(result.votes)}.`),
        onError: (error) => setAnnouncement(`Your vote could not be saved: ${errorMessage(error)}`),
      },
    );

  return (
    <BoardLayout signedIn={board.data?.signedIn} returnTo="/board">
      <div className="space-y-6">
        <div>
          <p className="text-xs font-medium tracking-wide text-indigo-600 uppercase">You said, we did</p>
          <h1 className="mt-1 text-2xl font-semibold tracking-tight text-zinc-900">What we are working on</h1>
          <p className="mt-2 max-w-2xl text-sm text-zinc-600">
            Improvements our customers asked for, and where each one stands. Vote for what matters to you, follow an initiative to hear when it ships, and
            tell us what you think.
          </p>
        </div>

        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <div role="group" aria-label="Filter by status" className="flex flex-wrap gap-1.5">
            <FilterButton pressed={status === undefined} onClick={() => setStatus(undefined)}>
              All
            </FilterButton>
            {INITIATIVE_STATUSES.map((s) => (
              <FilterButton key={s} pressed={status === s} onClick={() => setStatus(s)}>
                {BOARD_STATUS_LABELS[s]}
              </FilterButton>
            ))}
          </div>
          <label className="flex items-center gap-2 text-sm text-zinc-600">
            Sort by
            <Select options={SORT_OPTIONS} value={sort} onChange={(e) => setSort(e.target.value as BoardSort)} className="w-44" />
          </label>
        </div>

        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>

        {board.isPending ? (
          <div className="flex justify-center py-16" aria-label="Loading initiatives">
            <Spinner />
          </div>
        ) : board.isError ? (
          <Alert title="The board could not be loaded">{errorMessage(board.error)}</Alert>
        ) : board.data.initiatives.length === 0 ? (
          <EmptyState icon={Vote} title={status ? `Nothing ${BOARD_STATUS_LABELS[status].toLowerCase()} right now` : 'Nothing on the board yet'}>
            Check back soon: initiatives appear here as our teams take them on.
          </EmptyState>
        ) : (
          <ul className="space-y-3" aria-label="Initiatives">
            {board.data.initiatives.map((item) => (
              <li key={item.id}>
                <InitiativeCard
                  item={item}
                  busy={vote.isPending && vote.variables?.id === item.id}
                  onToggleVote={(next) => toggleVote(item, next)}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </BoardLayout>
  );
}

function FilterButton({ pressed, onClick, children }: { pressed: boolean; onClick: () => void; children: string }) {
  return (
    <button type="button" aria-pressed={pressed} onClick={onClick} className={cn(buttonClasses(pressed ? 'primary' : 'secondary', 'sm'), 'rounded-full')}>
      {children}
    </button>
  );
}

function InitiativeCard({ item, busy, onToggleVote }: { item: BoardInitiativeSummary; busy: boolean; onToggleVote: (next: boolean) => void }) {
  const headingId = `initiative-${item.id}`;
  return (
    <article aria-labelledby={headingId} className="flex gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-zinc-200">
      <div className="min-w-0 flex-1">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={BOARD_STATUS_TONES[item.status]}>{BOARD_STATUS_LABELS[item.status]}</Badge>
          {item.kind === 'incident' && <Badge tone="danger">Incident</Badge>}
        </div>
        <h2 id={headingId} className="mt-2 text-base font-semibold text-zinc-900">
          <Link
            to="/board/$initiativeId"
            params={{ initiativeId: item.id }}
            className={cn('rounded-sm hover:text-indigo-700 hover:underline', focusRing)}
          >
            {item.title}
          </Link>
        </h2>
        <p className="mt-1 line-clamp-2 text-sm text-zinc-600">{item.problem}</p>
        <p className="mt-3 flex flex-wrap gap-4 text-xs text-zinc-500">
          <span className="inline-flex items-center gap-1">
            <Users aria-hidden className="size-3.5" /> {item.followers} following
          </span>
          <span className="inline-flex items-center gap-1">
            <MessageSquare aria-hidden className="size-3.5" /> {item.commentCount} {item.commentCount === 1 ? 'comment' : 'comments'}
          </span>
        </p>
      </div>
      <div className="flex shrink-0 flex-col items-end justify-start gap-1">
        <VoteToggle title={item.title} votes={item.votes} viewer={item.viewer} returnTo={`/board/${item.id}`} busy={busy} onToggle={onToggleVote} />
        {item.viewer?.hasLinkedFeedback && <span className="max-w-36 text-right text-xs text-zinc-500">Your feedback counts as your vote</span>}
      </div>
    </article>
  );
}
