import type { Department } from '@fullcircle/shared';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { CircleCheck, Inbox, Search, UserRoundCheck, Waypoints } from 'lucide-react';
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { errorMessage } from '../../api/http';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { cn } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { Skeleton, SkeletonRows } from '../../components/skeleton';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useDepartments } from '../org/hooks/use-departments';
import { useRoutingSettings } from '../routing/settings/hooks/use-routing-settings';
import type { CaseListFilters } from './cases.keys';
import { CasesTable } from './cases-table';
import { INBOX_PAGE_SIZE, useCases } from './hooks/use-cases';
import { InboxFilters } from './inbox-filters';
import { defaultSort, sortsFor, type InboxSearch, type InboxView } from './inbox-search';
import { InboxTabs } from './inbox-tabs';

/** "A, B and C" */
export function joinNames(names: string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function EmptyInbox({ view, filtering, names }: { view: InboxView; filtering: boolean; names: string[] }) {
  if (filtering) {
    return (
      <EmptyState icon={Search} title="No cases match these filters">
        Try other words, or clear a filter.
      </EmptyState>
    );
  }
  const by: Record<InboxView, ReactNode> = {
    open: (
      <EmptyState icon={CircleCheck} title="No open cases">
        {names.length > 0
          ? `Nothing to do right now — feedback routed to ${joinNames(names)} will appear here.`
          : 'You are not in any department yet, so nothing is routed to you. Ask an administrator to add you to a department.'}
      </EmptyState>
    ),
    mine: (
      <EmptyState icon={UserRoundCheck} title="Nothing assigned to you">
        Cases assigned to you appear here. Pick one up from the Open tab.
      </EmptyState>
    ),
    triage: (
      <EmptyState icon={Waypoints} title="Nothing waiting for a department">
        Items that no routing rule matched, and that the model was not sure enough about, wait here for someone to route them.
      </EmptyState>
    ),
    closed: (
      <EmptyState icon={Inbox} title="No closed cases yet">
        Cases appear here once they are resolved and the customer has heard back.
      </EmptyState>
    ),
  };
  return <>{by[view]}</>;
}

/** P3: an owner's inbox holds their departments' work; admins and executives see every department. */
export function InboxPage() {
  useDocumentTitle('Inbox');
  const user = useCurrentUser();
  const search = useSearch({ from: '/app/inbox' });
  const navigate = useNavigate({ from: '/inbox' });
  const departments = useDepartments();

  const seesAll = user.role === 'admin' || user.role === 'executive';
  const canTriage = user.role === 'admin' || user.role === 'owner';
  const views: InboxView[] = canTriage ? ['open', 'mine', 'triage', 'closed'] : ['open', 'mine', 'closed'];
  const view: InboxView = search.view && views.includes(search.view) ? search.view : 'open';
  const sort = search.sort && sortsFor(view).includes(search.sort) ? search.sort : defaultSort(view);

  const mine: Department[] = useMemo(
    () => (departments.data ?? []).filter((d) => seesAll || user.departmentIds.includes(d.id)),
    [departments.data, seesAll, user.departmentIds],
  );

  // The box follows what is typed; the query (and the address) follow once typing stops.
  const [text, setText] = useState(search.q ?? '');
  const q = useDebouncedValue(text.trim()) || undefined;
  useEffect(() => {
    if (q !== search.q) void navigate({ search: (s: InboxSearch) => ({ ...s, q }), replace: true });
  }, [q, search.q, navigate]);

  const filters: CaseListFilters = {
    view,
    departmentId: view === 'triage' ? undefined : search.departmentId,
    status: view === 'open' || view === 'mine' ? search.status : undefined,
    priority: search.priority,
    channel: search.channel,
    q,
    sort,
    limit: INBOX_PAGE_SIZE,
  };
  const cases = useCases(filters);
  // Triage rows show the model's guess only if there is a model to have guessed.
  const settings = useRoutingSettings({ enabled: view === 'triage' });
  const hasModel = settings.isError ? true : settings.data ? settings.data.model !== null : undefined;
  const list = useMemo(() => cases.data?.pages.flatMap((p) => p.cases) ?? [], [cases.data]);
  const counts = cases.data?.pages[0]?.counts;
  const filtering = Boolean(q || filters.departmentId || filters.status || filters.priority || filters.channel);

  const change = (patch: Partial<InboxSearch>) => void navigate({ search: (s: InboxSearch) => ({ ...s, ...patch }), replace: true });

  const names = mine.map((d) => d.name);
  const description = seesAll ? (
    'Every department’s open work, most urgent first.'
  ) : departments.isPending ? (
    <Skeleton className="mt-1 h-4 w-64" />
  ) : names.length > 0 ? (
    <span className="flex flex-wrap items-center gap-1.5">
      Work routed to
      {names.map((n) => (
        <Badge key={n} tone="accent">
          {n}
        </Badge>
      ))}
    </span>
  ) : (
    'Cases routed to your departments.'
  );

  return (
    <div className="space-y-6">
      <PageHeader
        title="Inbox"
        description={description}
        actions={
          counts && counts.breached > 0 ? (
            <Badge tone="danger" title="Open cases with a missed SLA target">
              {counts.breached} overdue
            </Badge>
          ) : undefined
        }
      />
      <Card>
        <InboxTabs views={views} current={view} counts={counts} />
        <InboxFilters view={view} search={text} onSearchChange={setText} filters={search} sort={sort} onChange={change} departments={mine} />
        {cases.isPending ? (
          <SkeletonRows label="Loading cases" />
        ) : cases.isError && !cases.data ? (
          <div className="p-5">
            <Alert title="Could not load cases">
              {errorMessage(cases.error)}{' '}
              <button type="button" className="font-medium underline" onClick={() => cases.refetch()}>
                Try again
              </button>
            </Alert>
          </div>
        ) : list.length === 0 ? (
          <EmptyInbox view={view} filtering={filtering} names={names} />
        ) : (
          <>
            {view === 'triage' && hasModel === false && (
              <p className="border-b border-zinc-100 bg-zinc-50 px-4 py-2 text-xs text-zinc-600">
                No department model yet, so nothing here has a best guess. Each department you pick teaches the model that will.
              </p>
            )}
            <div className={cn(cases.isPlaceholderData && 'opacity-60')}>
              <CasesTable cases={list} view={view} departments={departments.data ?? []} showDepartment={mine.length > 1} hasModel={hasModel} />
            </div>
            <div className="border-t border-zinc-100 px-5 py-3 text-center">
              {cases.isFetchNextPageError && (
                <Alert className="mb-3 text-left" title="Could not load more cases">
                  {errorMessage(cases.error)}
                </Alert>
              )}
              {cases.hasNextPage ? (
                <Button variant="secondary" loading={cases.isFetchingNextPage} onClick={() => cases.fetchNextPage()}>
                  Load more
                </Button>
              ) : (
                <p className="text-xs text-zinc-500">{list.length === 1 ? '1 case' : `${list.length} cases`}</p>
              )}
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
