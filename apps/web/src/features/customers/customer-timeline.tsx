import type { CustomerDetail } from '@fullcircle/shared';
import { MessageSquareText } from 'lucide-react';
import { useMemo } from 'react';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { SkeletonRows } from '../../components/skeleton';
import { uniqueEntries, useCustomerTimeline } from './hooks/use-customer-timeline';
import { TimelineEntryItem } from './timeline-entry-item';

/** P2: everything this customer told us, whichever channel they used, in one stream. */
export function CustomerTimeline({ customer }: { customer: CustomerDetail }) {
  const timeline = useCustomerTimeline(customer.id);
  const entries = useMemo(() => uniqueEntries(timeline.data?.pages), [timeline.data]);

  return (
    <Card>
      <CardHeader title="Timeline" description="Everything they told you, on every channel, newest first." />
      {timeline.isPending ? (
        <SkeletonRows rows={3} label="Loading timeline" />
      ) : timeline.isError && !timeline.data ? (
        <div className="p-5">
          <Alert title="Could not load the timeline">
            {errorMessage(timeline.error)}{' '}
            <button type="button" className="font-medium underline" onClick={() => timeline.refetch()}>
              Try again
            </button>
          </Alert>
        </div>
      ) : entries.length === 0 ? (
        <EmptyState icon={MessageSquareText} title="No feedback from this customer yet">
          Whatever they send next, on any channel, appears here.
        </EmptyState>
      ) : (
        <>
          <ol aria-label="Timeline" className="divide-y divide-zinc-100">
            {entries.map((entry) => (
              <TimelineEntryItem key={`${entry.kind}:${entry.id}`} entry={entry} />
            ))}
          </ol>
          <div className="border-t border-zinc-100 px-5 py-3 text-center">
            {timeline.isFetchNextPageError && (
              <Alert className="mb-3 text-left" title="Could not load older entries">
                {errorMessage(timeline.error)}
              </Alert>
            )}
            {timeline.hasNextPage ? (
              <Button variant="secondary" loading={timeline.isFetchingNextPage} onClick={() => timeline.fetchNextPage()}>
                Load older
              </Button>
            ) : (
              <p className="text-xs text-zinc-500">That is the oldest entry.</p>
            )}
          </div>
        </>
      )}
    </Card>
  );
}
