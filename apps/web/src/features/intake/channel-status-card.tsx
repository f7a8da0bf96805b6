import { CircleDashed } from 'lucide-react';
import type { ReactNode } from 'react';
import { Badge } from '../../components/badge';
import { Card } from '../../components/card';
import { CopyField } from '../../components/copy-field';
import { ChannelActivitySummary } from './channel-activity-summary';
import type { ChannelCard } from './channel-catalogue';
import type { ChannelGroupStatus } from './channel-group-status';

/** One channel (or pair of channels) as the API reports it: live or not, where senders send, what arrived. */
export function ChannelStatusCard({ channel, status, manage }: { channel: ChannelCard; status: ChannelGroupStatus; manage?: ReactNode }) {
  const Icon = channel.icon;
  const headingId = `channel-${channel.id}`;
  return (
    <Card className="flex flex-col p-4">
      <section aria-labelledby={headingId} className="flex flex-1 flex-col gap-3">
        <div className="flex items-center gap-3">
          <span
            className={
              status.live
                ? 'flex size-8 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600'
                : 'flex size-8 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-500'
            }
          >
            <Icon aria-hidden className="size-4" />
          </span>
          <h2 id={headingId} className="flex-1 text-sm font-semibold text-zinc-900">
            {channel.name}
          </h2>
          {status.live ? (
            <Badge tone="success">Live</Badge>
          ) : (
            <Badge>
              <CircleDashed aria-hidden className="size-3" />
              Not set up
            </Badge>
          )}
        </div>
        <p className="text-sm text-zinc-500">{channel.description}</p>
        {status.summaries.map((summary) => (
          <p key={summary} className="text-sm text-zinc-700">
            {summary}
          </p>
        ))}
        {status.endpoints.map((endpoint) => (
          <CopyField key={`${endpoint.label}:${endpoint.value}`} label={endpoint.label} value={endpoint.value} />
        ))}
        <div className="mt-auto space-y-3 border-t border-zinc-100 pt-3">
          <ChannelActivitySummary status={status} multiChannel={channel.channels.length > 1} />
          {manage}
        </div>
      </section>
    </Card>
  );
}
