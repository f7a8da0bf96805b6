import type { Department } from '@fullcircle/shared';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { CircleCheck, Inbox, RefreshCw, Search, UserRoundCheck, Waypoints } from 'lucide-react';
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
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
import { useRoutingAssignees } from '../routing/hooks/use-routing-rules';
import { useRoutingSettings } from '../routing/settings/hooks/use-routing-settings';
import type { CaseListFilters } from './cases.keys';
import { CasesTable } from './cases-table';
import { useCaseStream } from './hooks/use-case-stream';
import { INBOX_PAGE_SIZE, useCases } from './hooks/use-cases';
import { useInboxKeyboard } from './hooks/use-inbox-keyboard';
import { InboxBulkBar } from './inbox-bulk-bar';
import { LinkSearchToInitiative } from '../initiatives/link-search-to-initiative';
import { INBOX_SEARCH_ID, InboxFilters } from './inbox-filters';
import { InboxSavedViews } from './inbox-saved-views';
import { defaultSort, INBOX_FILTER_KEYS, sortsFor, type InboxSearch, type InboxView } from './inbox-search';
import { InboxShortcutsHint } from './inbox-shortcuts-hint';
import { InboxTabs } from './inbox-tabs';

/** "A, B and C" */
/** The inbox's filters without paging and order: what a bulk link from the search takes. */
const searchOnly = ({ sort: _sort, limit: _limit, ...rest }: CaseListFilters) => rest;

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
  // Only a change of the typed words moves the address: a saved view sets both at once, and the
  // box's stale debounced value must not undo it.
  const addressQ = useRef(search.q);
  addressQ.current = search.q;
  useEffect(() => {
    if (q !== addressQ.current) void navigate({ search: (s: InboxSearch) => ({ ...s, q }), replace: true });
  }, [q, navigate]);

  const open = view === 'open' || view === 'mine';
  const filters: CaseListFilters = {
    view,
    departmentId: view === 'triage' ? undefined : search.departmentId,
    status: open ? search.status : undefined,
    priority: search.priority,
    channel: search.channel,
    sentiment: search.sentiment,
    topic: search.topic,
    assigneeId: view === 'mine' || view === 'triage' ? undefined : search.assigneeId,
    segment: search.segment,
    slaRisk: open ? search.slaRisk : undefined,
    q: search.q,
    sort,
    limit: INBOX_PAGE_SIZE,
  };
  const cases = useCases(filters);
  const updated = useCaseStream();
  // Triage rows show the model's guess only if there is a model to have guessed.
  const settings = useRoutingSettings({ enabled: view === 'triage' });
  const hasModel = settings.isError ? true : settings.data ? settings.data.model !== null : undefined;
  const list = useMemo(() => cases.data?.pages.flatMap((p) => p.cases) ?? [], [cases.data]);
  const counts = cases.data?.pages[0]?.counts;
  const filtering = INBOX_FILTER_KEYS.some((k) => filters[k] !== undefined);

  const change = (patch: Partial<InboxSearch>) => void navigate({ search: (s: InboxSearch) => ({ ...s, ...patch }), replace: true });
  const apply = (next: InboxSearch) => {
    setText(next.q ?? '');
    void navigate({ search: () => next });
  };

  // Bulk work is for those who assign and close: admins and department owners.
  const canBulk = user.role === 'admin' || user.role === 'owner';
  const assignees = useRoutingAssignees({ enabled: canBulk });
  const me = useMemo(() => ({ id: user.id, name: user.name }), [user.id, user.name]);
  const people = useMemo(() => (assignees.data ?? []).map((a) => ({ id: a.id, name: a.name })), [assignees.data]);
  const [selectedIds, setSelectedIds] = useState<ReadonlySet<string>>(new Set());
  const selected = list.filter((c) => selectedIds.has(c.id));
  const toggle = useCallback((id: string) => {
    setSelectedIds((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  }, []);
  const toggleAll = (checked: boolean) => setSelectedIds(checked ? new Set(list.map((c) => c.id)) : new Set());
  const clearSelection = useCallback(() => setSelectedIds(new Set()), []);

  const ids = useMemo(() => list.map((c) => c.id), [list]);
  const openCase = useCallback((caseId: string) => void navigate({ to: '/cases/$caseId', params: { caseId } }), [navigate]);
  const focusSearch = useCallback(() => document.getElementById(INBOX_SEARCH_ID)?.focus(), []);
  const activeId = useInboxKeyboard({ ids, onOpen: openCase, onToggle: canBulk ? toggle : undefined, onSearch: focusSearch });

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
          <>
            <span
              role="status"
              className={cn('flex items-center gap-1 text-xs text-emerald-700 transition-opacity duration-500', updated ? 'opacity-100' : 'opacity-0')}
            >
              {updated && (
                <>
                  <RefreshCw aria-hidden className="size-3.5" />
                  Updated
                </>
              )}
            </span>
            {user.role !== 'executive' && list.length > 0 && <LinkSearchToInitiative search={searchOnly(filters)} />}
            {counts && counts.breached > 0 && (
              <Badge tone="danger" title="Open cases with a missed SLA target">
                {counts.breached} overdue
              </Badge>
            )}
          </>
        }
      />
      <Card>
        <InboxTabs views={views} current={view} counts={counts} />
        <InboxSavedViews search={search} onApply={apply} canSave />
        <InboxFilters view={view} search={text} onSearchChange={setText} filters={search} sort={sort} onChange={change} departments={mine} me={me} people={people} />
        {canBulk && <InboxBulkBar selected={selected} me={me} people={people} canClose onClear={clearSelection} />}
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
              <CasesTable
                cases={list}
                view={view}
                departments={departments.data ?? []}
                showDepartment={mine.length > 1}
                hasModel={hasModel}
                activeId={activeId}
                selection={canBulk ? { selected: selectedIds, onToggle: toggle, onToggleAll: toggleAll } : undefined}
              />
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
            <InboxShortcutsHint canSelect={canBulk} />
          </>
        )}
      </Card>
    </div>
  );
}
