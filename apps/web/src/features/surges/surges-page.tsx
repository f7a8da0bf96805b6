import { SURGE_STATUSES, surgeTitle, type SurgeStatus } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { TrendingUp } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Card } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Select } from '../../components/select-field';
import { SkeletonRows } from '../../components/skeleton';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { useSurges } from './hooks/use-surges';
import { SURGE_STATUS_META, percent, volumeSummary } from './surge-labels';
import { VolumeBars } from './volume-bars';

const DIMENSION_LABEL = { topic: 'Everywhere', location: 'Location', product: 'Product' } as const;

/** Topics far above their own baseline, newest and still open first; each opens its detail and incident. */
export function SurgesPage() {
  useDocumentTitle('Surges');
  const [status, setStatus] = useState<SurgeStatus | ''>('');
  const surges = useSurges({ status: status || undefined });
  const list = surges.data ?? [];

  return (
    <div className="space-y-6">
      <PageHeader
        title="Surges"
        description="Topics far above their usual volume or negative share, checked every minute. Open an incident to link every item, tell the affected customers and resolve their cases together."
      />
      <Card>
        <div className="flex flex-wrap gap-2 border-b border-zinc-100 p-3">
          <Select
            aria-label="Filter by status"
            value={status}
            onChange={(e) => setStatus(e.target.value as SurgeStatus | '')}
            options={[{ value: '', label: 'All statuses' }, ...SURGE_STATUSES.map((s) => ({ value: s, label: SURGE_STATUS_META[s].label }))]}
          />
        </div>
        {surges.isPending ? (
          <SkeletonRows label="Loading surges" />
        ) : surges.isError ? (
          <div className="p-4">
            <Alert title="Could not load surges">{errorMessage(surges.error)}</Alert>
          </div>
        ) : list.length === 0 ? (
          <EmptyState icon={TrendingUp} title="No surges">
            When a topic suddenly gets far more feedback than usual, or far more negative feedback, it shows up here and you are alerted.
          </EmptyState>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-sm">
              <caption className="sr-only">Surges</caption>
              <thead className="border-b border-zinc-100 text-left text-xs font-medium text-zinc-500">
                <tr>
                  <th scope="col" className="px-5 py-2.5">Topic</th>
                  <th scope="col" className="px-3 py-2.5">Where</th>
                  <th scope="col" className="px-3 py-2.5">Volume vs usual</th>
                  <th scope="col" className="px-3 py-2.5">Negative</th>
                  <th scope="col" className="px-3 py-2.5">Status</th>
                  <th scope="col" className="px-5 py-2.5 text-right">Detected</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {list.map((s) => (
                  <tr key={s.id} className="hover:bg-zinc-50">
                    <td className="px-5 py-3">
                      <Link to="/surges/$surgeId" params={{ surgeId: s.id }} className="font-medium text-indigo-700 hover:underline">
                        {surgeTitle({ topic: s.topic, dimension: 'topic', dimensionValue: '' })}
                      </Link>
                      <span className="block text-xs text-zinc-500">{s.itemCount} items behind it</span>
                    </td>
                    <td className="px-3 py-3 text-zinc-700">{s.dimension === 'topic' ? DIMENSION_LABEL.topic : `${DIMENSION_LABEL[s.dimension]}: ${s.dimensionValue}`}</td>
                    <td className="px-3 py-3">
                      <VolumeBars volume={s.volume} baseline={s.baselineVolume} />
                      <span className="mt-1 block text-xs text-zinc-500">{volumeSummary(s.volume, s.baselineVolume)}</span>
                    </td>
                    <td className="px-3 py-3 text-zinc-700">
                      {percent(s.negativeShare)} <span className="text-xs text-zinc-500">(usually {percent(s.baselineNegativeShare)})</span>
                    </td>
                    <td className="px-3 py-3">
                      <Badge tone={SURGE_STATUS_META[s.status].tone}>{SURGE_STATUS_META[s.status].label}</Badge>
                    </td>
                    <td className="px-5 py-3 text-right text-zinc-500">
                      <time dateTime={s.detectedAt} title={new Date(s.detectedAt).toLocaleString()}>
                        {formatRelative(s.detectedAt)}
                      </time>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
