import { BOARD_COMMENT_MAX_LENGTH, type BoardInitiativeDetail } from '@fullcircle/shared';
import { Link, useParams } from '@tanstack/react-router';
import { ArrowLeft, CalendarClock, MessageSquare } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button, buttonClasses } from '../../components/button';
import { cn, focusRing } from '../../components/cn';
import { Spinner } from '../../components/spinner';
import { TextareaField } from '../../components/textarea-field';
import { BOARD_STATUS_LABELS, BOARD_STATUS_TONES, BOARD_TIMELINE_LABELS, formatBoardDate, portalSignInHref, votesLabel } from './board-labels';
import { BoardLayout } from './board-layout';
import { useBoardFollow, useBoardInitiative, useBoardVote, usePostBoardComment } from './board-hooks';
import { FollowToggle, VoteToggle } from './board-toggles';

/** `/board/<id>`: one public initiative, its timeline and approved comments; customers vote, follow and comment. */
export function BoardInitiativePage() {
  const { initiativeId } = useParams({ from: '/board/$initiativeId' });
  const initiative = useBoardInitiative(initiativeId);
  useDocumentTitle(initiative.data?.title ?? 'Initiative', 'Public board');
  const returnTo = `/board/${initiativeId}`;

  return (
    <BoardLayout signedIn={initiative.data ? initiative.data.viewer !== null : undefined} returnTo={returnTo}>
      <Link to="/board" className={cn('inline-flex items-center gap-1 rounded-sm text-sm font-medium text-zinc-600 hover:text-zinc-900', focusRing)}>
        <ArrowLeft aria-hidden className="size-4" /> All initiatives
      </Link>
      <div className="mt-4">
        {initiative.isPending ? (
          <div className="flex justify-center py-16" aria-label="Loading the initiative">
            <Spinner />
          </div>
        ) : initiative.isError ? (
          <Alert title={initiative.error instanceof ApiRequestError && initiative.error.status === 404 ? 'We could not find this initiative' : 'The initiative could not be loaded'}>
            {initiative.error instanceof ApiRequestError && initiative.error.status === 404
              ? 'It may have been removed from the public board.'
              : errorMessage(initiative.error)}
          </Alert>
        ) : (
          <InitiativeDetail initiative={initiative.data} returnTo={returnTo} />
        )}
      </div>
    </BoardLayout>
  );
}

function InitiativeDetail({ initiative, returnTo }: { initiative: BoardInitiativeDetail; returnTo: string }) {
  const vote = useBoardVote();
  const follow = useBoardFollow();
  const [announcement, setAnnouncement] = useState('');

  return (
    <div className="space-y-6">
      <article aria-labelledby="initiative-title" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <div className="flex flex-wrap items-center gap-2">
          <Badge tone={BOARD_STATUS_TONES[initiative.status]}>{BOARD_STATUS_LABELS[initiative.status]}</Badge>
          {initiative.kind === 'incident' && <Badge tone="danger">Incident</Badge>}
          {initiative.targetDate && initiative.status !== 'shipped' && initiative.status !== 'declined' && (
            <span className="inline-flex items-center gap-1 text-xs text-zinc-500">
              <CalendarClock aria-hidden className="size-3.5" /> Target {formatBoardDate(initiative.targetDate)}
            </span>
          )}
        </div>
        <h1 id="initiative-title" className="mt-3 text-2xl font-semibold tracking-tight text-zinc-900">
          {initiative.title}
        </h1>
        <p className="mt-3 text-sm whitespace-pre-line text-zinc-700">{initiative.problem}</p>
        {initiative.outcomeNote && (
          <div className="mt-4 rounded-lg bg-zinc-50 p-4 text-sm text-zinc-700 ring-1 ring-zinc-200">
            <p className="font-medium text-zinc-900">{initiative.status === 'declined' ? 'Why not' : 'What changed'}</p>
            <p className="mt-1 whitespace-pre-line">{initiative.outcomeNote}</p>
          </div>
        )}
        <div className="mt-5 flex flex-wrap items-center gap-3">
          <VoteToggle
            title={initiative.title}
            votes={initiative.votes}
            viewer={initiative.viewer}
            returnTo={returnTo}
            busy={vote.isPending}
            onToggle={(next) =>
              vote.mutate(
                { id: initiative.id, voted: next },
                {
                  onSuccess: (r) => setAnnouncement(`${r.viewer.voted ? 'Vote recorded' : 'Vote removed'}: ${votesLabel(r.votes)}.`),
                  onError: (e) => setAnnouncement(`Your vote could not be saved: ${errorMessage(e)}`),
                },
              )
            }
          />
          <FollowToggle
            title={initiative.title}
            viewer={initiative.viewer}
            returnTo={returnTo}
            busy={follow.isPending}
            onToggle={(next) =>
              follow.mutate(
                { id: initiative.id, following: next },
                {
                  onSuccess: (r) =>
                    setAnnouncement(r.viewer.following ? 'You are following this initiative: we will tell you when it ships.' : 'You no longer follow this initiative.'),
                  onError: (e) => setAnnouncement(`Could not change following: ${errorMessage(e)}`),
                },
              )
            }
          />
          <span className="text-sm text-zinc-500">{initiative.followers} following</span>
        </div>
        {initiative.viewer?.hasLinkedFeedback && (
          <p className="mt-2 text-xs text-zinc-500">Your feedback is linked to this initiative, so it already counts as your vote.</p>
        )}
        <p role="status" aria-live="polite" className="sr-only">
          {announcement}
        </p>
      </article>

      <section aria-labelledby="timeline-title" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 id="timeline-title" className="text-sm font-semibold text-zinc-900">
          Status timeline
        </h2>
        <ol className="mt-4 space-y-4 border-l border-zinc-200 pl-5">
          {initiative.timeline.map((entry, i) => (
            <li key={`${entry.kind}-${entry.at}-${i}`} className="relative">
              <span aria-hidden className="absolute top-1.5 -left-[25px] size-2.5 rounded-full bg-indigo-500 ring-4 ring-white" />
              <p className="text-sm font-medium text-zinc-900">
                {BOARD_TIMELINE_LABELS[entry.kind]} <span className="font-normal text-zinc-500">· {formatBoardDate(entry.at)}</span>
              </p>
              {entry.message && <p className="mt-1 text-sm whitespace-pre-line text-zinc-600">{entry.message}</p>}
            </li>
          ))}
          <li className="relative">
            <span aria-hidden className="absolute top-1.5 -left-[25px] size-2.5 rounded-full bg-zinc-300 ring-4 ring-white" />
            <p className="text-sm text-zinc-600">
              Now: <span className="font-medium text-zinc-900">{BOARD_STATUS_LABELS[initiative.status]}</span>
            </p>
          </li>
        </ol>
      </section>

      <section aria-labelledby="comments-title" className="rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200">
        <h2 id="comments-title" className="text-sm font-semibold text-zinc-900">
          Comments ({initiative.comments.length})
        </h2>
        {initiative.comments.length === 0 ? (
          <p className="mt-3 text-sm text-zinc-500">No comments yet.</p>
        ) : (
          <ul className="mt-4 space-y-4">
            {initiative.comments.map((c) => (
              <li key={c.id} className="rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-100">
                <p className="text-xs text-zinc-500">
                  <span className="font-medium text-zinc-800">{c.authorName}</span> · {formatBoardDate(c.createdAt)}
                </p>
                <p className="mt-1 text-sm whitespace-pre-line text-zinc-700">{c.body}</p>
              </li>
            ))}
          </ul>
        )}
        <div className="mt-6 border-t border-zinc-100 pt-5">
          {initiative.viewer ? (
            <CommentForm initiativeId={initiative.id} />
          ) : (
            <a href={portalSignInHref(returnTo)} className={buttonClasses('secondary', 'md')}>
              <MessageSquare aria-hidden className="size-4" /> Sign in to comment
            </a>
          )}
        </div>
      </section>
    </div>
  );
}

function CommentForm({ initiativeId }: { initiativeId: string }) {
  const post = usePostBoardComment(initiativeId);
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sent, setSent] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const text = body.trim();
    if (!text) return setError('Write a comment first.');
    if (text.length > BOARD_COMMENT_MAX_LENGTH) return setError(`Keep it under ${BOARD_COMMENT_MAX_LENGTH} characters.`);
    setError(undefined);
    post.mutate(text, {
      onSuccess: () => {
        setBody('');
        setSent(true);
      },
      onError: (e) => setError(e instanceof ApiRequestError ? (e.issues.find((i) => i.field === 'body')?.message ?? e.message) : errorMessage(e)),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-3">
      <TextareaField
        label="Your comment"
        hint="Comments appear once our team has reviewed them. Only your first name is shown."
        rows={4}
        value={body}
        maxLength={BOARD_COMMENT_MAX_LENGTH}
        error={error}
        onChange={(e) => {
          setBody(e.target.value);
          setSent(false);
        }}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" loading={post.isPending}>
          Post comment
        </Button>
        <p role="status" className="text-sm text-emerald-700">
          {sent ? 'Thank you! Your comment will appear once it has been reviewed.' : ''}
        </p>
      </div>
    </form>
  );
}
