import type { CaseDetailDto } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { CircleCheck, GitMerge } from 'lucide-react';
import { cn, focusRing } from '../../components/cn';

/** How the case ended, when it has: merged into another, or resolved (with the summary or why no reply). */
export function CaseBanners({ c }: { c: Pick<CaseDetailDto, 'mergedInto' | 'resolution' | 'status'> }) {
  return (
    <>
      {c.mergedInto && (
        <div role="note" aria-label="Merged" className="flex items-center gap-3 rounded-lg bg-indigo-50 px-4 py-3 text-sm text-indigo-900 ring-1 ring-indigo-100">
          <GitMerge aria-hidden className="size-4 shrink-0" />
          <p>
            Merged into{' '}
            <Link to="/cases/$caseId" params={{ caseId: c.mergedInto.id }} className={cn('rounded font-mono font-semibold underline', focusRing)}>
              {c.mergedInto.reference}
            </Link>
            . Its conversation continues there.
          </p>
        </div>
      )}
      {c.resolution && (c.status === 'resolved' || c.status === 'closed') && (
        <div role="note" aria-label="Resolution" className="flex gap-3 rounded-lg bg-emerald-50 px-4 py-3 text-sm text-emerald-900 ring-1 ring-emerald-100">
          <CircleCheck aria-hidden className="mt-0.5 size-4 shrink-0" />
          <div className="min-w-0">
            <p className="font-medium">
              {c.status === 'closed' ? 'Closed' : 'Resolved'}
              {c.resolution.resolvedBy && ` by ${c.resolution.resolvedBy.name}`}
            </p>
            {c.resolution.summary && <p className="mt-0.5 break-words">{c.resolution.summary}</p>}
            {c.resolution.noReplyReason && <p className="mt-0.5 break-words">No reply to the customer: {c.resolution.noReplyReason}</p>}
          </div>
        </div>
      )}
    </>
  );
}
