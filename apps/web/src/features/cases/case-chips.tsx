import type { CasePriority, CaseStatus, RoutedBy } from '@fullcircle/shared';
import { AlarmClock, Pause } from 'lucide-react';
import { Badge } from '../../components/badge';
import { cn } from '../../components/cn';
import { PRIORITY_META, ROUTED_BY_META, STATUS_META } from './case-labels';
import { slaDue, type NextTarget } from './sla-due';

export function StatusBadge({ status }: { status: CaseStatus }) {
  return <Badge tone={STATUS_META[status].tone}>{STATUS_META[status].label}</Badge>;
}

export function PriorityBadge({ priority }: { priority: CasePriority }) {
  const meta = PRIORITY_META[priority];
  return (
    <Badge tone={meta.tone} title={`Priority: ${meta.label}`} className={cn(priority === 'low' && 'text-zinc-500')}>
      {meta.label}
    </Badge>
  );
}

/** Who decided where the case went: a rule, the model, nobody yet (triage) or a person. */
export function RoutedByChip({ by }: { by: RoutedBy }) {
  const meta = ROUTED_BY_META[by];
  const Icon = meta.icon;
  return (
    <Badge tone={by === 'triage' ? 'warning' : 'neutral'} title={meta.description}>
      <Icon aria-hidden className="size-3" />
      {meta.label}
    </Badge>
  );
}

const TARGET_WORDS = { first_response: 'First response', resolution: 'Resolution' } as const;

/**
 * The time left on the target the case's clock runs towards: plain when there is time, amber when
 * close, red once overdue. `breached` adds a mark when an earlier target was missed.
 */
export function SlaDueLabel({ target, startedAt, breached = false, now }: { target: NextTarget; startedAt?: string; breached?: boolean; now?: Date }) {
  if (!target) return <span className="text-zinc-400">—</span>;
  if (target.kind === 'paused') {
    return (
      <Badge title="The SLA clock is paused while the case waits on the customer">
        <Pause aria-hidden className="size-3" />
        Paused
      </Badge>
    );
  }
  const due = slaDue(target.dueAt, now, startedAt);
  return (
    <span className="inline-flex items-center gap-1.5">
      <time
        dateTime={target.dueAt}
        title={`${TARGET_WORDS[target.kind]}: ${due.title}`}
        className={cn(
          'text-sm whitespace-nowrap tabular-nums',
          due.tone === 'overdue' && 'rounded-full bg-red-50 px-2 py-0.5 text-xs font-medium text-red-700 ring-1 ring-red-200 ring-inset',
          due.tone === 'soon' && 'font-medium text-amber-700',
          due.tone === 'later' && 'text-zinc-600',
        )}
      >
        {due.label}
      </time>
      {breached && due.tone !== 'overdue' && (
        <span role="img" aria-label="An SLA target was missed" title="An SLA target was missed">
          <AlarmClock aria-hidden className="size-3.5 text-red-600" />
        </span>
      )}
    </span>
  );
}
