import type { AuditEvent } from '@fullcircle/shared';
import { RefreshCw, ScrollText } from 'lucide-react';
import { useMemo, useState } from 'react';
import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { cn } from '../../components/cn';
import { EmptyState } from '../../components/empty-state';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useDepartments } from '../org/hooks/use-departments';
import { useUsers } from '../org/hooks/use-users';
import { AuditEventItem } from './audit-event-item';
import { buildLookup } from './audit-lookup';
import { AuditTargetFilter } from './audit-target-filter';
import { useAuditEvents } from './hooks/use-audit-events';

/** Written today by the org and auth modules; others join the filter once the log shows them. */
const KNOWN_TARGET_TYPES = ['user', 'department'];

function uniqueById(events: AuditEvent[]): AuditEvent[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (seen.has(e.id)) return false;
    seen.add(e.id);
    return true;
  });
}

export function AuditPage() {
  useDocumentTitle('Audit log', 'Settings');
  const [targetType, setTargetType] = useState<string | undefined>();
  const events = useAuditEvents({ targetType });
  // Events carry ids; the users and departments lists turn them into names.
  const users = useUsers();
  const departments = useDepartments();
  const lookup = useMemo(() => buildLookup(users.data, departments.data), [users.data, departments.data]);
  // Pages can overlap when events share a timestamp at a page boundary.
  const items = useMemo(() => uniqueById(events.data?.pages.flat() ?? []), [events.data]);

  // The filter offers every target type seen so far, and keeps them while a filter is on.
  const [targetTypes, setTargetTypes] = useState(KNOWN_TARGET_TYPES);
  const unseen = [...new Set(items.map((e) => e.targetType))].filter((t) => !targetTypes.includes(t));
  if (unseen.length > 0) setTargetTypes([...targetTypes, ...unseen]);

  const refreshing = events.isRefetching && !events.isFetchingNextPage;
  const refresh = () => {
    void events.refetch();
    // A new event may name someone invited, or a department created, in another tab.
    void users.refetch();
    void departments.refetch();
  };

  const refreshButton = (
    <Button variant="secondary" onClick={refresh} aria-busy={refreshing || undefined}>
      <RefreshCw aria-hidden className={cn('size-4', refreshing && 'animate-spin')} />
      Refresh
    </Button>
  );

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Settings"
        title="Audit log"
        description="Who changed what, and when. New changes appear a few seconds after they are made."
        actions={refreshButton}
      />
      <Card>
        <div className="border-b border-zinc-100 p-3">
          <AuditTargetFilter types={targetTypes} value={targetType} onChange={setTargetType} />
        </div>
        {events.isPending || users.isPending || departments.isPending ? (
          <SkeletonRows label="Loading audit log" />
        ) : events.isError && !events.data ? (
          <div className="p-5">
            <Alert title="Could not load the audit log">
              {errorMessage(events.error)}{' '}
              <button type="button" className="font-medium underline" onClick={() => events.refetch()}>
                Try again
              </button>
            </Alert>
          </div>
        ) : items.length === 0 ? (
          <EmptyState icon={ScrollText} title={targetType ? 'No events for this target yet' : 'No events yet'}>
            {targetType
              ? 'Try another target, or All.'
              : 'Invitations, role changes, departments and password changes will be listed here as they happen.'}
          </EmptyState>
        ) : (
          <>
            {events.isRefetchError && (
              <div className="px-5 pt-4">
                <Alert title="Could not refresh the audit log">{errorMessage(events.error)}</Alert>
              </div>
            )}
            <ul aria-label="Audit events" className={cn('divide-y divide-zinc-100', events.isPlaceholderData && 'opacity-60')}>
              {items.map((event) => (
                <AuditEventItem key={event.id} event={event} lookup={lookup} />
              ))}
            </ul>
            <div className="border-t border-zinc-100 px-5 py-3 text-center">
              {events.isFetchNextPageError && (
                <Alert className="mb-3 text-left" title="Could not load older events">
                  {errorMessage(events.error)}
                </Alert>
              )}
              {events.hasNextPage ? (
                <Button variant="secondary" loading={events.isFetchingNextPage} onClick={() => events.fetchNextPage()}>
                  Load older
                </Button>
              ) : (
                <p className="text-xs text-zinc-500">That is the oldest event.</p>
              )}
            </div>
          </>
        )}
      </Card>
    </div>
  );
}
