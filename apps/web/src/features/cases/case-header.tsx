import type { CaseDetailDto } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { ArrowRightLeft, Waypoints } from 'lucide-react';
import type { ReactNode } from 'react';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { customerName } from '../customers/customer-labels';
import { CHANNEL_META } from '../intake/channel-catalogue';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { PriorityBadge, StatusBadge } from './case-chips';
import { CaseStatusActions } from './case-status-actions';
import { isTriage } from './reassign-case-dialog';

function Fact({ label, children, wide = false }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={cn('min-w-0', wide && 'lg:col-span-2')}>
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-0.5 truncate text-sm text-zinc-900">{children}</dd>
    </div>
  );
}

/** Who owns the case and what state it is in, with the actions this user may take. */
export function CaseHeader({ c, onReassign }: { c: CaseDetailDto; onReassign: () => void }) {
  const triage = isTriage(c);
  const title = c.subject ?? c.items[0]?.subject ?? null;
  return (
    <Card className="p-5">
      <div className="flex flex-col gap-4 lg:flex-row lg:items-start lg:justify-between">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h1 className="font-mono text-xl font-semibold tracking-tight text-zinc-900">{c.reference}</h1>
            <StatusBadge status={c.status} />
            <PriorityBadge priority={c.priority} />
          </div>
          {title && <p className="mt-1 text-sm font-medium break-words text-zinc-700">{title}</p>}
        </div>
        <div className="flex shrink-0 flex-wrap items-center gap-2">
          <CaseStatusActions c={c} />
          {c.can.reassign && (
            <Button variant={triage ? 'primary' : 'secondary'} onClick={onReassign}>
              {triage ? <Waypoints aria-hidden className="size-4" /> : <ArrowRightLeft aria-hidden className="size-4" />}
              {triage ? 'Route to department' : 'Reassign'}
            </Button>
          )}
        </div>
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-4 border-t border-zinc-100 pt-4 sm:grid-cols-3 lg:grid-cols-6">
        <Fact label="Department">{c.department?.name ?? <span className="text-amber-700">Not routed yet</span>}</Fact>
        <Fact label="Assignee">{c.assignee?.name ?? <span className="text-zinc-400 italic">Unassigned</span>}</Fact>
        <Fact label="Customer" wide>
          <Link
            to="/customers/$customerId"
            params={{ customerId: c.customer.id }}
            className={cn('rounded font-medium text-indigo-700 hover:underline', focusRing)}
            title={[customerName(c.customer), c.customer.email].filter(Boolean).join(' · ')}
          >
            {customerName(c.customer)}
          </Link>
          {c.customer.email && <span className="block truncate text-xs text-zinc-500">{c.customer.email}</span>}
        </Fact>
        <Fact label="Channel">{CHANNEL_META[c.channel].label}</Fact>
        <Fact label="Opened">
          <time dateTime={c.openedAt} title={new Date(c.openedAt).toLocaleString()}>
            {formatRelative(c.openedAt)}
          </time>
        </Fact>
      </dl>
    </Card>
  );
}
