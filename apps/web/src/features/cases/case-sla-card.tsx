import type { CaseDetailDto } from '@fullcircle/shared';
import { CircleCheck, Pause } from 'lucide-react';
import type { ReactNode } from 'react';
import { Card, CardHeader } from '../../components/card';
import { cn } from '../../components/cn';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { slaDue } from './sla-due';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

interface TargetProps {
  label: string;
  dueAt: string | null;
  /** When the assignee is warned (the policy's fraction of the target). */
  warnAt?: string | null;
  /** When the target was met (first response given, case resolved). */
  metAt?: string | null;
  breached: boolean;
  paused: boolean;
  startedAt: string;
  now?: Date;
}

function Target({ label, dueAt, warnAt, metAt, breached, paused, startedAt, now }: TargetProps) {
  let value: ReactNode;
  if (metAt) {
    value = (
      <span className="inline-flex items-center gap-1.5 text-emerald-700">
        <CircleCheck aria-hidden className="size-4" />
        {breached ? 'Met late' : 'Met'} · <time dateTime={metAt}>{formatRelative(metAt)}</time>
      </span>
    );
  } else if (dueAt) {
    const due = slaDue(dueAt, now, startedAt, warnAt);
    value = (
      <span className="flex flex-col">
        <span
          className={cn(
            'font-medium',
            due.tone === 'overdue' && 'text-red-700',
            due.tone === 'soon' && 'text-amber-700',
            due.tone === 'later' && 'text-zinc-900',
          )}
        >
          {due.tone === 'overdue' ? due.label : `Due ${due.label}`}
        </span>
        <time dateTime={dueAt} className="text-xs text-zinc-500">
          {when(dueAt)}
        </time>
      </span>
    );
  } else if (paused) {
    value = <span className="text-zinc-500">Paused</span>;
  } else if (breached) {
    value = <span className="font-medium text-red-700">Missed</span>;
  } else {
    value = <span className="text-zinc-400">No target</span>;
  }
  return (
    <div className="flex items-start justify-between gap-3">
      <dt className="text-zinc-600">{label}</dt>
      <dd className="text-right">{value}</dd>
    </div>
  );
}

/** The case's clock: first response and resolution, paused while it waits on the customer. */
export function CaseSlaCard({ c, now }: { c: CaseDetailDto; now?: Date }) {
  const { sla } = c;
  const paused = sla.pausedSince !== null;
  const done = c.status === 'resolved' || c.status === 'closed';
  return (
    <Card>
      <CardHeader title="SLA" description={sla.policyName ? `Policy: ${sla.policyName}` : 'No SLA policy applies'} />
      <section aria-label="SLA" className="space-y-3 px-5 py-4 text-sm">
        {sla.pausedSince && (
          <p className="flex items-start gap-2 rounded-md bg-zinc-50 px-3 py-2 text-zinc-700 ring-1 ring-zinc-200">
            <Pause aria-hidden className="mt-0.5 size-4 shrink-0 text-zinc-500" />
            <span>
              Paused — waiting on customer since{' '}
              <time dateTime={sla.pausedSince} title={new Date(sla.pausedSince).toLocaleString()}>
                {when(sla.pausedSince)}
              </time>{' '}
              ({formatRelative(sla.pausedSince, now)})
            </span>
          </p>
        )}
        <dl className="space-y-3">
          <Target
            label="First response"
            dueAt={sla.firstResponseDueAt}
            warnAt={sla.firstResponseWarnAt}
            metAt={sla.firstRespondedAt}
            breached={sla.breached.firstResponse}
            paused={paused}
            startedAt={c.openedAt}
            now={now}
          />
          <Target
            label="Resolution"
            dueAt={done ? null : sla.resolutionDueAt}
            warnAt={sla.resolutionWarnAt}
            metAt={done ? (sla.resolvedAt ?? c.updatedAt) : null}
            breached={sla.breached.resolution}
            paused={paused}
            startedAt={c.openedAt}
            now={now}
          />
        </dl>
      </section>
    </Card>
  );
}
