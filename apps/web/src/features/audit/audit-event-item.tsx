import type { AuditEvent } from '@fullcircle/shared';
import { ChevronDown } from 'lucide-react';
import { useId, useState } from 'react';
import { Avatar } from '../../components/avatar';
import { Badge } from '../../components/badge';
import { cn, focusRing } from '../../components/cn';
// The same relative wording as the users table ("3 hours ago", "just now").
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { auditDetails } from './audit-details';
import { targetOf, type AuditLookup } from './audit-lookup';
import { actorOf, describeAuditEvent } from './describe-audit-event';

export function AuditEventItem({ event, lookup }: { event: AuditEvent; lookup: AuditLookup }) {
  const [open, setOpen] = useState(false);
  const detailsId = useId();
  const actor = actorOf(event, lookup);
  const target = targetOf(event.targetType, event.targetId, lookup);
  // The data first, then where it came from: the raw action and the target's id.
  const rows = [
    ...auditDetails(event, lookup).map((d) => ({ ...d, code: false })),
    { label: 'Action', value: event.action, code: true },
    ...(event.targetId ? [{ label: `${target.label} id`, value: event.targetId, code: true }] : []),
  ];

  return (
    <li className="flex gap-3 px-5 py-4">
      <Avatar name={actor} className="mt-0.5" />
      <div className="min-w-0 flex-1">
        <div className="flex items-start justify-between gap-3">
          <p className="text-sm text-zinc-900">{describeAuditEvent(event, lookup)}</p>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? detailsId : undefined}
            onClick={() => setOpen((o) => !o)}
            className={cn('inline-flex shrink-0 items-center gap-1 rounded text-xs font-medium text-zinc-500 hover:text-zinc-900', focusRing)}
          >
            Details
            <ChevronDown aria-hidden className={cn('size-3.5 transition-transform', open && 'rotate-180')} />
          </button>
        </div>
        <p className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <time dateTime={event.occurredAt} title={new Date(event.occurredAt).toLocaleString()}>
            {formatRelative(event.occurredAt)}
          </time>
          <span aria-hidden>·</span>
          <span>by {actor}</span>
          <span aria-hidden>·</span>
          <Badge title={target.title}>
            {target.label}
            {target.name && <span className="font-normal text-zinc-500">{target.name}</span>}
          </Badge>
        </p>
        {open && (
          <dl id={detailsId} className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded-md bg-zinc-50 px-3 py-2 text-xs ring-1 ring-zinc-100">
            {rows.map((row, i) => (
              <div key={`${i}-${row.label}`} className="contents">
                <dt className="text-zinc-500">{row.label}</dt>
                <dd className={row.code ? 'font-mono break-all text-zinc-600' : 'break-words text-zinc-900'}>{row.value}</dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </li>
  );
}
