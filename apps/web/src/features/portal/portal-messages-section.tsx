import { MESSAGE_CHANNELS, type PortalMessage } from '@fullcircle/shared';
import { Inbox } from 'lucide-react';
import { Badge } from '../../components/badge';
import { Card, CardHeader } from '../../components/card';
import { EmptyState } from '../../components/empty-state';
import { MESSAGE_CHANNEL_LABELS, formatWhen } from './portal-labels';

const STATUS_LABELS: Record<string, string> = {
  queued: 'On its way',
  sending: 'On its way',
  sent: 'Sent',
  delivered: 'Delivered',
  failed: 'Could not be delivered',
  bounced: 'Bounced',
};

/** Messages we sent you, per channel, as they were sent. */
export function PortalMessagesSection({ messages }: { messages: PortalMessage[] }) {
  const channels = MESSAGE_CHANNELS.filter((channel) => messages.some((m) => m.channel === channel));
  return (
    <Card>
      <CardHeader title="Messages we sent you" description="Every message, in the channel we sent it." />
      {channels.length === 0 ? (
        <EmptyState icon={Inbox} title="We have not sent you anything yet" />
      ) : (
        <div className="space-y-5 px-5 py-4">
          {channels.map((channel) => (
            <section key={channel} aria-label={`${MESSAGE_CHANNEL_LABELS[channel]} messages`}>
              <h3 className="text-sm font-semibold text-zinc-900">{MESSAGE_CHANNEL_LABELS[channel]}</h3>
              <ul className="mt-2 space-y-2">
                {messages
                  .filter((m) => m.channel === channel)
                  .map((m) => (
                    <li key={m.id} className="rounded-md bg-zinc-50 px-4 py-3 text-sm ring-1 ring-zinc-200">
                      <div className="flex flex-wrap items-center gap-2 text-xs text-zinc-500">
                        <span>{formatWhen(m.sentAt ?? m.createdAt)}</span>
                        {m.to && <span>· to {m.to}</span>}
                        <Badge tone={m.status === 'failed' || m.status === 'bounced' ? 'danger' : 'neutral'}>{STATUS_LABELS[m.status] ?? m.status}</Badge>
                      </div>
                      {m.subject && <p className="mt-1 font-medium text-zinc-900">{m.subject}</p>}
                      <p className="mt-1 whitespace-pre-wrap text-zinc-800">{m.body}</p>
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      )}
    </Card>
  );
}
