import type { PortalCase, PortalFeedback } from '@fullcircle/shared';
import { MessageSquare } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { TextareaField } from '../../components/textarea-field';
import { useCommentOnPortalCase } from './hooks/use-portal';
import { fieldError, formError } from './portal-field-error';
import { CASE_STATUS_LABELS, FEEDBACK_CHANNEL_LABELS, formatWhen } from './portal-labels';

/** Your feedback & cases: every message you sent us in any channel, and what became of it. */
export function PortalCasesSection({ feedback, cases }: { feedback: PortalFeedback[]; cases: PortalCase[] }) {
  const inCase = new Set(cases.flatMap((c) => c.feedbackIds));
  const loose = feedback.filter((f) => !inCase.has(f.id) && !f.caseId);
  return (
    <Card>
      <CardHeader title="Your feedback & cases" description="Everything you told us, in every channel, and what we did about it." />
      {feedback.length === 0 ? (
        <EmptyState icon={MessageSquare} title="No feedback yet" />
      ) : (
        <div className="space-y-4 px-5 py-4">
          {cases.map((c) => (
            <CaseCard key={c.id} item={c} feedback={feedback.filter((f) => c.feedbackIds.includes(f.id) || f.caseId === c.id)} />
          ))}
          {loose.length > 0 && (
            <section aria-label="Other feedback" className="rounded-lg ring-1 ring-zinc-200">
              <h3 className="border-b border-zinc-100 px-4 py-2.5 text-sm font-semibold text-zinc-900">Other feedback</h3>
              <FeedbackList items={loose} />
            </section>
          )}
        </div>
      )}
    </Card>
  );
}

function CaseCard({ item, feedback }: { item: PortalCase; feedback: PortalFeedback[] }) {
  const status = CASE_STATUS_LABELS[item.status] ?? { label: item.status, tone: 'neutral' as const };
  return (
    <section aria-label={`Case ${item.reference}`} className="rounded-lg ring-1 ring-zinc-200">
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-100 px-4 py-2.5">
        <h3 className="text-sm font-semibold text-zinc-900">Case {item.reference}</h3>
        <div className="flex items-center gap-2 text-xs text-zinc-500">
          <span>Opened {formatWhen(item.openedAt)}</span>
          <Badge tone={status.tone}>{status.label}</Badge>
        </div>
      </div>
      <FeedbackList items={feedback} />
      {item.timeline.length > 0 && (
        <div className="border-t border-zinc-100 px-4 py-3">
          <h4 className="text-xs font-medium tracking-wide text-zinc-500 uppercase">What happened</h4>
          <ol className="mt-2 space-y-1.5 border-l border-zinc-200 pl-4">
            {item.timeline.map((e) => (
              <li key={e.id} className="relative text-sm text-zinc-700">
                <span aria-hidden className="absolute top-1.5 -left-[21px] size-2 rounded-full bg-indigo-400" />
                {e.summary} <span className="text-xs text-zinc-400">· {formatWhen(e.at)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {item.actions.length > 0 && (
        <div className="border-t border-zinc-100 px-4 py-3">
          <h4 className="text-xs font-medium tracking-wide text-zinc-500 uppercase">Actions we are taking</h4>
          <ul className="mt-2 space-y-1 text-sm text-zinc-700">
            {item.actions.map((a, i) => (
              <li key={i}>
                {a.description} <Badge tone={a.status === 'done' ? 'success' : 'neutral'}>{a.status === 'done' ? 'Done' : 'Open'}</Badge>
              </li>
            ))}
          </ul>
        </div>
      )}
      {item.open && <CommentBox caseId={item.id} reference={item.reference} />}
    </section>
  );
}

function FeedbackList({ items }: { items: PortalFeedback[] }) {
  return (
    <ul className="divide-y divide-zinc-100">
      {items.map((f) => (
        <li key={f.id} className="px-4 py-3 text-sm">
          <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
            <Badge tone="accent">{FEEDBACK_CHANNEL_LABELS[f.channel] ?? f.channel}</Badge>
            <span>{formatWhen(f.receivedAt)}</span>
            {f.score && (
              <span>
                · Score {f.score.value} ({f.score.scale.toUpperCase()})
              </span>
            )}
          </div>
          {f.subject && <p className="mt-1 font-medium text-zinc-900">{f.subject}</p>}
          <p className="mt-1 whitespace-pre-wrap text-zinc-800">{f.text}</p>
        </li>
      ))}
    </ul>
  );
}

function CommentBox({ caseId, reference }: { caseId: string; reference: string }) {
  const comment = useCommentOnPortalCase();
  const [text, setText] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    comment.mutate({ caseId, text }, { onSuccess: () => setText('') });
  };
  return (
    <form onSubmit={submit} noValidate className="space-y-2 border-t border-zinc-100 px-4 py-3">
      <TextareaField
        label={`Add a comment to case ${reference}`}
        rows={2}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={fieldError(comment.error, 'text')}
      />
      <div className="flex items-center gap-3">
        <Button type="submit" size="sm" loading={comment.isPending}>
          Send comment
        </Button>
        {comment.isSuccess && (
          <p role="status" className="text-sm text-emerald-700">
            Sent. Our team will see it on your case.
          </p>
        )}
      </div>
      {formError(comment.error, ['text']) && <Alert>{formError(comment.error, ['text'])}</Alert>}
    </form>
  );
}
