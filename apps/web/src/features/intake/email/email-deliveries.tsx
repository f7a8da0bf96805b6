import type { ChannelDelivery } from '@fullcircle/shared';
import { Inbox } from 'lucide-react';
import { Badge, type BadgeTone } from '../../../components/badge';
import { cn } from '../../../components/cn';
import { EmptyState } from '../../../components/empty-state';
import { formatLastLogin as formatRelative } from '../../org/users/format-last-login';

/** What an SMTP answer meant for the message: stored, dropped as an auto-reply, refused, or to be retried by the sender. */
export function deliveryResult(delivery: ChannelDelivery): { label: string; tone: BadgeTone; title: string } {
  if (delivery.outcome === 'accepted') return { label: 'Stored', tone: 'success', title: 'Stored as feedback' };
  if (delivery.status < 300) return { label: 'Dropped', tone: 'neutral', title: 'Accepted from the sender but not stored: an auto-reply or bounce' };
  if (delivery.status < 500) return { label: 'Deferred', tone: 'warning', title: 'Temporary failure: the sending server tries again later' };
  return { label: 'Refused', tone: 'danger', title: 'Refused: the sending server returns it to the sender' };
}

const th = 'px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500';

/** The last messages the SMTP process answered, newest first, with the reply code and why. */
export function EmailDeliveries({ deliveries }: { deliveries: readonly ChannelDelivery[] }) {
  if (deliveries.length === 0) {
    return (
      <EmptyState icon={Inbox} title="No mail yet" className="border-t border-zinc-100 py-10">
        Send a test message to one of the addresses above; it shows up here within a few seconds.
      </EmptyState>
    );
  }
  return (
    <div className="relative overflow-x-auto border-t border-zinc-100">
      <table className="min-w-full text-sm" aria-label="Recent email deliveries">
        <thead>
          <tr className="border-b border-zinc-100">
            <th scope="col" className={th}>When</th>
            <th scope="col" className={th}>Result</th>
            <th scope="col" className={th}>SMTP reply</th>
            <th scope="col" className={cn(th, 'w-full')}>Details</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {deliveries.map((d, i) => {
            const result = deliveryResult(d);
            return (
              <tr key={`${d.at}-${i}`} className="align-top hover:bg-zinc-50/70">
                <td className="px-4 py-2.5 whitespace-nowrap text-zinc-600">
                  <time dateTime={d.at} title={new Date(d.at).toLocaleString()}>
                    {formatRelative(d.at)}
                  </time>
                </td>
                <td className="px-4 py-2.5 whitespace-nowrap">
                  <Badge tone={result.tone} title={result.title}>
                    {result.label}
                  </Badge>
                </td>
                <td className="px-4 py-2.5 font-mono text-xs whitespace-nowrap text-zinc-700">{d.status}</td>
                <td className={cn('px-4 py-2.5 break-words', d.outcome === 'rejected' && d.status >= 300 ? 'text-red-700' : 'text-zinc-700')}>
                  {d.detail ?? '—'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
