import { surgeTitle, type SurgeDetailDto } from '@fullcircle/shared';
import { Link, useParams } from '@tanstack/react-router';
import { Siren } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { SkeletonRows } from '../../components/skeleton';
import { useToast } from '../../components/toast';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { useDismissSurge, useOpenIncident, useSurge } from './hooks/use-surges';
import { SURGE_STATUS_META, percent, volumeSummary } from './surge-labels';
import { ResolveSurgeCases, SurgeUpdateComposer } from './surge-update-composer';
import { VolumeBars } from './volume-bars';

function Stat({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-zinc-900 tabular-nums">{value}</dd>
      {detail && <dd className="text-xs text-zinc-500">{detail}</dd>}
    </div>
  );
}

function Items({ surge, page, onPage }: { surge: SurgeDetailDto; page: number; onPage: (page: number) => void }) {
  const pages = Math.max(1, Math.ceil(surge.itemCount / surge.pageSize));
  return (
    <Card>
      <CardHeader title="Items behind it" description={`${surge.itemCount} received since ${new Date(surge.windowStart).toLocaleString()}.`} />
      <div className="overflow-x-auto">
        <table className="w-full text-sm">
          <caption className="sr-only">Items behind the surge</caption>
          <thead className="border-b border-zinc-100 text-left text-xs font-medium text-zinc-500">
            <tr>
              <th scope="col" className="px-5 py-2">Customer</th>
              <th scope="col" className="px-3 py-2">Said</th>
              <th scope="col" className="px-3 py-2">Case</th>
              <th scope="col" className="px-5 py-2 text-right">Received</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-zinc-100">
            {surge.items.map((i) => (
              <tr key={i.id} className="align-top">
                <td className="px-5 py-2.5">
                  <Link to="/customers/$customerId" params={{ customerId: i.customerId }} className="text-indigo-700 hover:underline">
                    {i.customerName ?? 'Unnamed customer'}
                  </Link>
                  <span className="block text-xs text-zinc-500">{i.channel}</span>
                </td>
                <td className="max-w-md px-3 py-2.5 text-zinc-700">
                  {i.subject && <span className="block font-medium">{i.subject}</span>}
                  <span className="line-clamp-2">{i.excerpt}</span>
                  <span className="mt-1 flex gap-1">
                    {i.sentiment === 'negative' && <Badge tone="danger">Negative</Badge>}
                    {i.linked && <Badge tone="accent">Linked</Badge>}
                  </span>
                </td>
                <td className="px-3 py-2.5">
                  {i.caseId && i.caseReference ? (
                    <Link to="/cases/$caseId" params={{ caseId: i.caseId }} className="font-mono text-xs text-indigo-700 hover:underline">
                      {i.caseReference}
                    </Link>
                  ) : (
                    <span className="text-xs text-zinc-400">None yet</span>
                  )}
                  {i.caseStatus && <span className="block text-xs text-zinc-500">{i.caseStatus.replaceAll('_', ' ')}</span>}
                </td>
                <td className="px-5 py-2.5 text-right text-zinc-500">
                  <time dateTime={i.receivedAt} title={new Date(i.receivedAt).toLocaleString()}>
                    {formatRelative(i.receivedAt)}
                  </time>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {pages > 1 && (
        <nav aria-label="Item pages" className="flex items-center justify-between border-t border-zinc-100 px-5 py-3 text-sm text-zinc-500">
          <Button variant="secondary" size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
            Previous
          </Button>
          <span>
            Page {page} of {pages}
          </span>
          <Button variant="secondary" size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
            Next
          </Button>
        </nav>
      )}
    </Card>
  );
}

/** One surge: its numbers, the one-click incident, updates to the affected customers, bulk resolve, and the items. */
export function SurgePage() {
  const { surgeId } = useParams({ from: '/app/surges/$surgeId' });
  const [page, setPage] = useState(1);
  const query = useSurge(surgeId, page);
  const surge = query.data;
  useDocumentTitle(surge ? `Surge: ${surgeTitle(surge)}` : 'Surge');
  const toast = useToast();
  const open = useOpenIncident(surgeId);
  const dismiss = useDismissSurge(surgeId);

  if (query.isPending) return <SkeletonRows label="Loading the surge" />;
  if (query.isError || !surge) return <Alert title="Could not load the surge">{errorMessage(query.error)}</Alert>;
  const status = SURGE_STATUS_META[surge.status];

  return (
    <div className="space-y-6">
      <div>
        <Link to="/surges" className="text-sm text-indigo-700 hover:underline">
          ← All surges
        </Link>
      </div>
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <p className="text-xs font-medium tracking-wide text-indigo-600 uppercase">Surge</p>
          <h1 className="flex flex-wrap items-center gap-2 text-xl font-semibold tracking-tight text-zinc-900">
            {surgeTitle(surge)} <Badge tone={status.tone}>{status.label}</Badge>
          </h1>
          <p className="mt-1 text-sm text-zinc-500">Detected {formatRelative(surge.detectedAt)}; checked again every minute.</p>
        </div>
        <div className="flex shrink-0 items-center gap-2">
          {surge.status === 'open' && (
            <>
              <Button variant="ghost" loading={dismiss.isPending} onClick={() => dismiss.mutate(undefined, { onSuccess: () => toast({ title: 'Surge dismissed', tone: 'success' }) })}>
                Dismiss
              </Button>
              <Button
                className="gap-2 px-5 py-2.5 text-base"
                loading={open.isPending}
                onClick={() => open.mutate(undefined, { onSuccess: (d) => toast({ title: 'Incident opened', description: `${d.itemCount} items linked.`, tone: 'success' }) })}
              >
                <Siren aria-hidden className="size-5" /> Open incident
              </Button>
            </>
          )}
          {surge.initiativeId && (
            <Link to="/initiatives/$initiativeId" params={{ initiativeId: surge.initiativeId }} className="text-sm font-medium text-indigo-700 hover:underline">
              View the incident
            </Link>
          )}
        </div>
      </div>
      {(open.error || dismiss.error) && <Alert title="That did not work">{errorMessage(open.error ?? dismiss.error)}</Alert>}

      <Card className="px-5 py-4">
        <dl className="grid grid-cols-2 gap-6 sm:grid-cols-4">
          <div>
            <dt className="text-xs text-zinc-500">Volume vs usual</dt>
            <dd className="mt-1">
              <VolumeBars volume={surge.volume} baseline={surge.baselineVolume} />
            </dd>
            <dd className="mt-1 text-xs text-zinc-500">{volumeSummary(surge.volume, surge.baselineVolume)}</dd>
          </div>
          <Stat label="Negative" value={percent(surge.negativeShare)} detail={`usually ${percent(surge.baselineNegativeShare)}`} />
          <Stat label="Items behind it" value={String(surge.itemCount)} />
          <Stat label="Affected customers" value={String(surge.affectedCustomers)} detail={`${surge.reachableCustomers} may be contacted`} />
        </dl>
      </Card>

      {surge.status === 'incident' && (
        <div className="grid gap-6 lg:grid-cols-2">
          <SurgeUpdateComposer surge={surge} />
          <ResolveSurgeCases key={surge.updates[0]?.id ?? 'none'} surge={surge} />
        </div>
      )}

      <Items surge={surge} page={page} onPage={setPage} />
    </div>
  );
}
