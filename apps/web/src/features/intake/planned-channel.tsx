import { CircleDashed } from 'lucide-react';
import { Card } from '../../components/card';
import type { ChannelCard } from './channel-catalogue';

/** A channel that does not accept feedback yet: what it will do and what brings it, and nothing to click. */
export function PlannedChannel({ channel }: { channel: ChannelCard }) {
  const Icon = channel.icon;
  const headingId = `channel-${channel.id}`;
  return (
    <Card className="flex flex-col p-4">
      <section aria-labelledby={headingId} className="flex flex-1 flex-col">
        <div className="flex items-center gap-3">
          <span className="flex size-8 shrink-0 items-center justify-center rounded-lg bg-zinc-100 text-zinc-500">
            <Icon aria-hidden className="size-4" />
          </span>
          <h2 id={headingId} className="text-sm font-semibold text-zinc-900">
            {channel.name}
          </h2>
        </div>
        <p className="mt-2 flex-1 text-sm text-zinc-500">{channel.description}</p>
        <p className="mt-3 flex items-center gap-1.5 text-xs font-medium text-zinc-600">
          <CircleDashed aria-hidden className="size-3.5 text-zinc-400" />
          Not set up yet — arrives with {channel.arrivesWith}
        </p>
      </section>
    </Card>
  );
}
