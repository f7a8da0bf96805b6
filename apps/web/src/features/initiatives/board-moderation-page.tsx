import { BOARD_COMMENT_STATUSES, type BoardCommentStatus, type BoardModerationCommentDto, type BoardModerationDecision } from '@fullcircle/shared';
import { MessagesSquare } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button, buttonClasses } from '../../components/button';
import { Card } from '../../components/card';
import { cn } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { formatBoardDate } from './board-labels';
import { useBoardModeration, useModerateBoardComment } from './board-hooks';

const STATUS_LABELS: Record<BoardCommentStatus, string> = { pending: 'Waiting', approved: 'Approved', rejected: 'Rejected' };

/** Owners and admins decide which customer comments the public board shows. */
export function BoardModerationPage() {
  useDocumentTitle('Board moderation');
  const [status, setStatus] = useState<BoardCommentStatus>('pending');
  const comments = useBoardModeration({ status });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Board moderation"
        description={
          <>
            Customers&apos; comments on the{' '}
            <a href="/board" className="font-medium text-indigo-700 hover:underline">
              public board
            </a>{' '}
            appear there only once approved. The board shows the author&apos;s first name only.
          </>
        }
      />
      <Card>
        <div role="group" aria-label="Show comments" className="flex flex-wrap gap-2 border-b border-zinc-100 p-3">
          {BOARD_COMMENT_STATUSES.map((s) => (
            <button key={s} type="button" aria-pressed={status === s} onClick={() => setStatus(s)} className={cn(buttonClasses(status === s ? 'primary' : 'secondary', 'sm'))}>
              {STATUS_LABELS[s]}
            </button>
          ))}
        </div>
        {comments.isPending ? (
          <SkeletonRows rows={3} label="Loading comments" />
        ) : comments.isError ? (
          <div className="p-5">
            <Alert>{errorMessage(comments.error)}</Alert>
          </div>
        ) : comments.data.length === 0 ? (
          <EmptyState icon={MessagesSquare} title={status === 'pending' ? 'Nothing waiting for review' : `No ${STATUS_LABELS[status].toLowerCase()} comments`}>
            {status === 'pending' ? 'New comments from customers on the public board show up here.' : undefined}
          </EmptyState>
        ) : (
          <ul className="divide-y divide-zinc-100" aria-label={`${STATUS_LABELS[status]} comments`}>
            {comments.data.map((c) => (
              <ModerationItem key={c.id} comment={c} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

function ModerationItem({ comment }: { comment: BoardModerationCommentDto }) {
  const moderate = useModerateBoardComment();
  const toast = useToast();
  const who = comment.customerName ?? 'A customer';
  const decide = (decision: BoardModerationDecision) =>
    moderate.mutate(
      { id: comment.id, decision },
      {
        onSuccess: () => toast({ title: decision === 'approve' ? 'Comment approved: it is on the board' : 'Comment rejected', tone: 'success' }),
        onError: (e) => toast({ title: 'The decision was not saved', description: errorMessage(e), tone: 'error' }),
      },
    );
  return (
    <li className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-start">
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
          <span className="font-medium text-zinc-800">{who}</span>
          <span aria-hidden>·</span>
          <time dateTime={comment.createdAt}>{formatBoardDate(comment.createdAt)}</time>
          <span aria-hidden>·</span>
          <span>
            on{' '}
            <a href={`/board/${comment.initiativeId}`} className="font-medium text-indigo-700 hover:underline">
              {comment.initiativeTitle}
            </a>
          </span>
          {comment.status !== 'pending' && <Badge tone={comment.status === 'approved' ? 'success' : 'danger'}>{STATUS_LABELS[comment.status]}</Badge>}
        </p>
        <p className="mt-1 text-sm whitespace-pre-wrap text-zinc-800">{comment.body}</p>
      </div>
      <div className="flex shrink-0 gap-2">
        {comment.status !== 'approved' && (
          <Button size="sm" loading={moderate.isPending && moderate.variables?.decision === 'approve'} onClick={() => decide('approve')} aria-label={`Approve comment by ${who} on ${comment.initiativeTitle}`}>
            Approve
          </Button>
        )}
        {comment.status !== 'rejected' && (
          <Button
            size="sm"
            variant="secondary"
            loading={moderate.isPending && moderate.variables?.decision === 'reject'}
            onClick={() => decide('reject')}
            aria-label={`Reject comment by ${who} on ${comment.initiativeTitle}`}
          >
            Reject
          </Button>
        )}
      </div>
    </li>
  );
}
