import type { ChannelGroupStatus } from './channel-group-status';
import { RecentDeliveries } from './recent-deliveries';

/** "12 received · 2 rejected in the last 24 hours", then the deliveries themselves. */
export function ChannelActivitySummary({ status, multiChannel }: { status: ChannelGroupStatus; multiChannel: boolean }) {
  return (
    <div className="space-y-2">
      <p className="text-xs text-zinc-600">
        <span className="font-semibold text-zinc-900 tabular-nums">{status.accepted24h}</span> received
        {' · '}
        <span className={status.rejected24h ? 'font-semibold text-red-700 tabular-nums' : 'font-semibold text-zinc-900 tabular-nums'}>
          {status.rejected24h}
        </span>{' '}
        rejected in the last 24 hours
      </p>
      <RecentDeliveries deliveries={status.recent} showChannel={multiChannel} />
    </div>
  );
}
