import type { CaseContextDto } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { errorMessage } from '../../api/http';
import { Badge } from '../../components/badge';
import { Card, CardHeader } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { SkeletonRows } from '../../components/skeleton';
import { CONSENT_PURPOSE_LABELS, customerName } from '../customers/customer-labels';
import { ChannelAvatar } from '../customers/feedback-chips';
import { CHANNEL_META } from '../intake/channel-catalogue';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { StatusBadge } from './case-chips';
import { useCaseContext } from './hooks/use-case-context';
import { MESSAGE_CHANNEL_META } from './message-labels';
import { ScoreSparkline } from './score-sparkline';

const FOLLOW_UP: Record<NonNullable<CaseContextDto['followUp']>['status'], string> = {
  scheduled: 'Follow-up survey scheduled',
  sent: 'Follow-up survey sent',
  answered: 'Follow-up answered',
  cancelled: 'Follow-up cancelled',
  suppressed: 'Follow-up not sent (contact rules)',
};

function Row({ label, children, className }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={cn('min-w-0', className)}>
      <dt className="text-xs font-medium text-zinc-500">{label}</dt>
      <dd className="mt-0.5 min-w-0 text-zinc-900">{children}</dd>
    </div>
  );
}

function consentSummary(consent: CaseContextDto['consent']): ReactNode {
  if (consent.length === 0) return <span className="text-zinc-400 italic">Never asked</span>;
  return (
    <ul className="space-y-0.5">
      {consent.map((c) => (
        <li key={c.purpose} className="flex items-center gap-1.5">
          <span className={cn('size-1.5 shrink-0 rounded-full', c.granted === true ? 'bg-emerald-500' : c.granted === false ? 'bg-red-500' : 'bg-zinc-300')} aria-hidden />
          <span>
            {CONSENT_PURPOSE_LABELS[c.purpose as keyof typeof CONSENT_PURPOSE_LABELS]?.label ?? c.purpose}:{' '}
            {c.granted === true ? 'yes' : c.granted === false ? 'withdrawn' : 'not asked'}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ContextBody({ context }: { context: CaseContextDto }) {
  const { customer } = context;
  return (
    <dl className="space-y-3 px-5 py-4 text-sm">
      <Row label="Customer">
        <span className="flex flex-wrap items-center gap-1.5">
          <Link to="/customers/$customerId" params={{ customerId: customer.id }} className={cn('truncate rounded font-medium text-indigo-700 hover:underline', focusRing)}>
            {customerName(customer)}
          </Link>
          {customer.vip && <Badge tone="warning">VIP</Badge>}
          {customer.segment && <Badge>{customer.segment}</Badge>}
        </span>
        <span className="block text-xs text-zinc-500">Customer since {new Date(customer.customerSince).toLocaleDateString()}</span>
      </Row>
      <div className="grid grid-cols-2 gap-3">
        <Row label="Language">{customer.language ? <span className="font-mono text-xs uppercase">{customer.language}</span> : <span className="text-zinc-400 italic">Unknown</span>}</Row>
        <Row label="Reply goes by">
          {MESSAGE_CHANNEL_META[customer.replyChannel].label}
          <span className="block text-xs text-zinc-500">{customer.preferredChannel ? 'their preference' : 'channel of the case'}</span>
        </Row>
      </div>
      <Row label="Consent">{consentSummary(context.consent)}</Row>
      <Row label="Scores">
        <ScoreSparkline scores={context.scores} />
      </Row>
      {context.followUp && (
        <Row label="Follow-up">
          {FOLLOW_UP[context.followUp.status]}
          {context.followUp.score !== null && context.followUp.scale && ` · ${context.followUp.scale.toUpperCase()} ${context.followUp.score}`}
          {context.followUp.at && <span className="block text-xs text-zinc-500">{formatRelative(context.followUp.at)}</span>}
        </Row>
      )}
      <Row label="Other open cases">
        {context.otherOpenCases.length === 0 ? (
          <span className="text-zinc-400 italic">None</span>
        ) : (
          <ul aria-label="Other open cases" className="space-y-1">
            {context.otherOpenCases.map((o) => (
              <li key={o.id} className="flex flex-wrap items-center gap-1.5">
                {o.visible ? (
                  <Link to="/cases/$caseId" params={{ caseId: o.id }} className={cn('rounded font-mono text-xs font-medium text-indigo-700 hover:underline', focusRing)}>
                    {o.reference}
                  </Link>
                ) : (
                  <span className="font-mono text-xs text-zinc-700" title="In a department you are not in">
                    {o.reference}
                  </span>
                )}
                <StatusBadge status={o.status} />
                {o.department && <span className="text-xs text-zinc-500">{o.department}</span>}
              </li>
            ))}
          </ul>
        )}
      </Row>
      {context.recentElsewhere.length > 0 && (
        <Row label="Lately, in other channels">
          <ul aria-label="Recent in other channels" className="space-y-2">
            {context.recentElsewhere.map((r) => (
              <li key={r.feedbackId} className="flex gap-2">
                <ChannelAvatar channel={r.channel} className="size-6 [&_svg]:size-3" />
                <span className="min-w-0">
                  <span className="line-clamp-2 text-zinc-800">{r.excerpt}</span>
                  <span className="block text-xs text-zinc-500">
                    {CHANNEL_META[r.channel].label} · {formatRelative(r.receivedAt)}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </Row>
      )}
    </dl>
  );
}

/** P3's context card: who this customer is and what matters about them right now, not every field. */
export function CaseContextCard({ caseId }: { caseId: string }) {
  const context = useCaseContext(caseId);
  return (
    <Card>
      <CardHeader title="Customer context" />
      <section aria-label="Customer context">
        {context.isPending ? (
          <SkeletonRows rows={3} />
        ) : context.isError ? (
          <p className="px-5 py-4 text-sm text-zinc-500">{errorMessage(context.error)}</p>
        ) : (
          <ContextBody context={context.data} />
        )}
      </section>
    </Card>
  );
}
