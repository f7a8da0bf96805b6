import { INITIATIVE_KINDS, INITIATIVE_STATUSES, type InitiativeKind, type InitiativeStatus } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { Lightbulb, Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { cn, focusRing } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { SearchInput } from '../../components/search-input';
import { Select } from '../../components/select-field';
import { SkeletonRows } from '../../components/skeleton';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useInitiatives } from './hooks/use-initiatives';
import { KIND_LABEL, STATUS_META } from './initiative-labels';
import { InitiativeStatusBadge } from './initiative-status-badge';
import { NewInitiativeDialog } from './new-initiative-dialog';

const th = 'px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500 first:pl-4 last:pr-4';
const td = 'px-3 py-3 align-top first:pl-4 last:pr-4';

export function InitiativesPage() {
  useDocumentTitle('Initiatives');
  const me = useCurrentUser();
  const canCreate = me.role === 'admin' || me.role === 'owner';
  const [creating, setCreating] = useState(false);
  const [status, setStatus] = useState<InitiativeStatus | ''>('');
  const [kind, setKind] = useState<InitiativeKind | ''>('');
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim()) || undefined;
  const list = useInitiatives({ status: status || undefined, kind: kind || undefined, q });

  return (
    <div className="space-y-6">
      <PageHeader
        title="Initiatives"
        description="What many customers ask for, turned into improvements. When one ships, everyone who asked is told."
        actions={
          canCreate && (
            <Button onClick={() => setCreating(true)}>
              <Plus aria-hidden className="size-4" /> New initiative
            </Button>
          )
        }
      />
      <Card>
        <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 p-3">
          <SearchInput aria-label="Search initiatives" placeholder="Search title or problem" value={search} onValueChange={setSearch} wrapperClassName="min-w-56 flex-1" />
          <Select
            aria-label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as InitiativeStatus | '')}
            options={[{ value: '', label: 'Any status' }, ...INITIATIVE_STATUSES.map((s) => ({ value: s, label: `${STATUS_META[s].label}${list.data ? ` (${list.data.counts[s]})` : ''}` }))]}
          />
          <Select aria-label="Kind" value={kind} onChange={(e) => setKind(e.target.value as InitiativeKind | '')} options={[{ value: '', label: 'Any kind' }, ...INITIATIVE_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))]} />
        </div>
        {list.isPending ? (
          <SkeletonRows label="Loading initiatives" />
        ) : list.isError && !list.data ? (
          <div className="p-5">
            <Alert title="Could not load initiatives">{errorMessage(list.error)}</Alert>
          </div>
        ) : list.data.initiatives.length === 0 ? (
          <EmptyState icon={Lightbulb} title={q || status || kind ? 'No initiatives match' : 'No initiatives yet'}>
            {canCreate ? 'Create one, then link the feedback that asks for it from a case or an inbox search.' : 'Owners create initiatives from what many customers ask for.'}
          </EmptyState>
        ) : (
          <div className={cn('overflow-x-auto', list.isPlaceholderData && 'opacity-60')}>
            <table aria-label="Initiatives" className="w-full text-sm">
              <thead className="border-b border-zinc-100 bg-zinc-50/60">
                <tr>
                  <th className={th}>Initiative</th>
                  <th className={th}>Status</th>
                  <th className={th}>Kind</th>
                  <th className={cn(th, 'text-right')}>Voices</th>
                  <th className={cn(th, 'text-right')}>Votes</th>
                  <th className={th}>Owner</th>
                  <th className={th}>Target date</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-zinc-100">
                {list.data.initiatives.map((i) => (
                  <tr key={i.id} className="hover:bg-zinc-50">
                    <td className={td}>
                      <Link to="/initiatives/$initiativeId" params={{ initiativeId: i.id }} className={cn('rounded font-medium text-indigo-700 hover:underline', focusRing)}>
                        {i.title}
                      </Link>
                      <span className="mt-0.5 block text-xs text-zinc-500">
                        {i.topic ? `Topic: ${i.topic}` : 'No topic'}
                        {i.isPublic ? ' · on the public board' : ''}
                      </span>
                    </td>
                    <td className={td}>
                      <InitiativeStatusBadge status={i.status} />
                    </td>
                    <td className={cn(td, 'text-zinc-600')}>{KIND_LABEL[i.kind]}</td>
                    <td className={cn(td, 'text-right tabular-nums')}>
                      {i.voices}
                      <span className="block text-xs whitespace-nowrap text-zinc-500">{i.customers === 1 ? '1 customer' : `${i.customers} customers`}</span>
                    </td>
                    <td className={cn(td, 'text-right tabular-nums')}>{i.votes}</td>
                    <td className={td}>{i.owner?.name ?? <span className="text-zinc-400 italic">Nobody</span>}</td>
                    <td className={cn(td, 'whitespace-nowrap text-zinc-600')}>{i.targetDate ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="border-t border-zinc-100 px-5 py-3 text-center text-xs text-zinc-500">
              {list.data.total === 1 ? '1 initiative' : `${list.data.total} initiatives`}
            </p>
          </div>
        )}
      </Card>
      <NewInitiativeDialog open={creating} onOpenChange={setCreating} />
    </div>
  );
}
