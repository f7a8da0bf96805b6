import type { CustomerDetail, CustomerIdentity } from '@fullcircle/shared';
import { BadgeCheck, Crown, GitMerge, Tag, Unlink } from 'lucide-react';
import { Avatar } from '../../components/avatar';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { customerName, describeIdentity, feedbackCountLabel, IDENTITY_KINDS_META } from './customer-labels';

const SINCE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

interface CustomerHeaderProps {
  customer: CustomerDetail;
  /** Set for admins: merge and split are theirs. */
  onMerge?: () => void;
  onSplit?: (identity: CustomerIdentity) => void;
  /** Set for admins and owners: segment and VIP flag. */
  onEditSegment?: () => void;
}

function IdentityItem({ identity, onSplit, canSplit }: { identity: CustomerIdentity; onSplit?: () => void; canSplit: boolean }) {
  const meta = IDENTITY_KINDS_META[identity.kind];
  const Icon = meta.icon;
  const { value, detail } = describeIdentity(identity);
  return (
    <li className="flex max-w-full items-center gap-1.5 rounded-full bg-zinc-50 py-1 pr-1.5 pl-2.5 text-sm ring-1 ring-zinc-200">
      <Icon aria-hidden className="size-3.5 shrink-0 text-zinc-500" />
      <span className="sr-only">{meta.label}:</span>
      <span className="truncate text-zinc-900">{value}</span>
      {detail && <span className="text-xs text-zinc-500">{detail}</span>}
      {identity.verified && (
        <span title="Verified">
          <BadgeCheck aria-label="Verified" role="img" className="size-3.5 text-emerald-600" />
        </span>
      )}
      {onSplit && (
        <button
          type="button"
          onClick={onSplit}
          disabled={!canSplit}
          aria-label={`Split off ${value}`}
          title={canSplit ? 'Split this identity off into a new customer' : 'A customer keeps at least one identity'}
          className={cn('rounded-full p-1 text-zinc-400 hover:bg-zinc-200 hover:text-zinc-700 disabled:cursor-not-allowed disabled:opacity-40', focusRing)}
        >
          <Unlink aria-hidden className="size-3.5" />
        </button>
      )}
    </li>
  );
}

export function CustomerHeader({ customer, onMerge, onSplit, onEditSegment }: CustomerHeaderProps) {
  const facts = [
    `Customer since ${SINCE.format(new Date(customer.createdAt))}`,
    feedbackCountLabel(customer.feedbackCount),
    ...(customer.locale ? [`Locale ${customer.locale}`] : []),
  ];
  return (
    <Card className="p-5">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-start sm:justify-between">
        <div className="flex min-w-0 items-center gap-3">
          <Avatar name={customer.name ?? ''} className={cn('size-12 text-base', !customer.name && 'bg-zinc-100 text-zinc-500')} />
          <div className="min-w-0">
            <p className="text-xs font-medium tracking-wide text-indigo-600 uppercase">Customer</p>
            <h1 className={cn('truncate text-xl font-semibold tracking-tight', customer.name ? 'text-zinc-900' : 'text-zinc-500 italic')}>
              {customerName(customer)}
            </h1>
            <p className="mt-0.5 text-sm text-zinc-500">{facts.join(' · ')}</p>
            {(customer.vip || customer.segment) && (
              <p className="mt-1.5 flex flex-wrap gap-1.5" aria-label="Segment">
                {customer.vip && (
                  <span className="inline-flex items-center gap-1 rounded-full bg-amber-50 px-2 py-0.5 text-xs font-medium text-amber-800 ring-1 ring-amber-200">
                    <Crown aria-hidden className="size-3" />
                    VIP
                  </span>
                )}
                {customer.segment && (
                  <span className="inline-flex items-center gap-1 rounded-full bg-indigo-50 px-2 py-0.5 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200">
                    <Tag aria-hidden className="size-3" />
                    {customer.segment}
                  </span>
                )}
              </p>
            )}
          </div>
        </div>
        {(onMerge || onEditSegment) && (
          <div className="flex flex-wrap gap-2">
            {onEditSegment && (
              <Button variant="secondary" onClick={onEditSegment}>
                <Tag aria-hidden className="size-4" />
                Segment and VIP
              </Button>
            )}
            {onMerge && (
              <Button variant="secondary" onClick={onMerge}>
                <GitMerge aria-hidden className="size-4" />
                Merge a duplicate
              </Button>
            )}
          </div>
        )}
      </div>
      <div className="mt-4">
        <h2 className="sr-only">Identities</h2>
        {customer.identities.length === 0 ? (
          <p className="text-sm text-zinc-500">No identities: nothing links this customer to a channel.</p>
        ) : (
          <ul aria-label="Identities" className="flex flex-wrap gap-2">
            {customer.identities.map((identity) => (
              <IdentityItem
                key={identity.id}
                identity={identity}
                canSplit={customer.identities.length > 1}
                onSplit={onSplit ? () => onSplit(identity) : undefined}
              />
            ))}
          </ul>
        )}
      </div>
    </Card>
  );
}
