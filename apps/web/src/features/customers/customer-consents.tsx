import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentRecord, type CustomerDetail } from '@fullcircle/shared';
import { ChevronDown, Plus } from 'lucide-react';
import { useId, useState } from 'react';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
// The same relative wording as the users table ("3 hours ago", "yesterday").
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { CONSENT_PURPOSE_LABELS } from './customer-labels';

function ConsentBadge({ record }: { record: ConsentRecord | undefined }) {
  if (!record) return <Badge>No record</Badge>;
  return record.granted ? <Badge tone="success">Granted</Badge> : <Badge tone="danger">Withdrawn</Badge>;
}

function When({ iso }: { iso: string }) {
  return (
    <time dateTime={iso} title={new Date(iso).toLocaleString()}>
      {formatRelative(iso)}
    </time>
  );
}

function PurposeItem({ purpose, latest, history }: { purpose: ConsentPurpose; latest: ConsentRecord | undefined; history: ConsentRecord[] }) {
  const [open, setOpen] = useState(false);
  const historyId = useId();
  const labels = CONSENT_PURPOSE_LABELS[purpose];
  return (
    <li className="px-5 py-3.5">
      <div className="flex items-start justify-between gap-3">
        <div className="min-w-0">
          <h3 className="text-sm font-medium text-zinc-900">{labels.label}</h3>
          <p className="text-xs text-zinc-500">{labels.description}</p>
        </div>
        <ConsentBadge record={latest} />
      </div>
      {latest && (
        <div className="mt-2 space-y-1 text-xs text-zinc-500">
          <p>
            {latest.source} · <When iso={latest.recordedAt} />
          </p>
          {/* The wording is often long: one line here, all of it on hover and in the history. */}
          <p className="truncate text-zinc-600 italic" title={latest.wording}>
            “{latest.wording}”
          </p>
        </div>
      )}
      {history.length > 0 && (
        <>
          <button
            type="button"
            aria-expanded={open}
            aria-controls={open ? historyId : undefined}
            onClick={() => setOpen((o) => !o)}
            className={cn('mt-2 inline-flex items-center gap-1 rounded text-xs font-medium text-zinc-500 hover:text-zinc-900', focusRing)}
          >
            History ({history.length})
            <ChevronDown aria-hidden className={cn('size-3.5 transition-transform', open && 'rotate-180')} />
          </button>
          {open && (
            <ol id={historyId} aria-label={`${labels.label} history`} className="mt-2 space-y-2 border-l-2 border-zinc-100 pl-3">
              {history.map((record) => (
                <li key={record.id} className="text-xs">
                  <p className="flex flex-wrap items-center gap-1.5 text-zinc-500">
                    <ConsentBadge record={record} />
                    <When iso={record.recordedAt} />
                    <span aria-hidden>·</span>
                    <span>{record.source}</span>
                  </p>
                  <p className="mt-1 break-words whitespace-pre-wrap text-zinc-700">“{record.wording}”</p>
                </li>
              ))}
            </ol>
          )}
        </>
      )}
    </li>
  );
}

/** One row per purpose: the latest record wins; earlier ones stay in the history. */
export function CustomerConsents({ customer, onRecord }: { customer: CustomerDetail; onRecord?: () => void }) {
  const byNewest = (a: ConsentRecord, b: ConsentRecord) => b.recordedAt.localeCompare(a.recordedAt);
  return (
    <Card>
      <CardHeader title="Consent" description="What they agreed to be contacted about; the latest decision counts." />
      <ul aria-label="Consent by purpose" className="divide-y divide-zinc-100">
        {CONSENT_PURPOSES.map((purpose) => {
          const history = customer.consentHistory.filter((r) => r.purpose === purpose).sort(byNewest);
          const latest = customer.consents.find((r) => r.purpose === purpose) ?? history[0];
          return <PurposeItem key={purpose} purpose={purpose} latest={latest} history={history} />;
        })}
      </ul>
      {onRecord && (
        <div className="border-t border-zinc-100 px-5 py-3">
          <Button variant="secondary" size="sm" className="w-full" onClick={onRecord}>
            <Plus aria-hidden className="size-3.5" />
            Record consent
          </Button>
        </div>
      )}
    </Card>
  );
}
