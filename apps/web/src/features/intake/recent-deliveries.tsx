import type { ChannelDelivery } from '@fullcircle/shared';
import { ChevronDown, CircleCheck, CircleX } from 'lucide-react';
import { useId, useState } from 'react';
import { cn, focusRing } from '../../components/cn';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { CHANNEL_META } from './channel-catalogue';

const SHOWN = 8;

/** The last deliveries into a channel, folded away until asked for; rejections say why. */
export function RecentDeliveries({ deliveries, showChannel }: { deliveries: readonly ChannelDelivery[]; showChannel: boolean }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  if (deliveries.length === 0) return <p className="text-xs text-zinc-500">No deliveries yet.</p>;
  return (
    <div>
      <button
        type="button"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen(!open)}
        className={cn('flex items-center gap-1 rounded text-xs font-medium text-zinc-700 hover:text-zinc-900', focusRing)}
      >
        <ChevronDown aria-hidden className={cn('size-3.5 transition-transform', open ? 'rotate-0' : '-rotate-90')} />
        Recent deliveries
      </button>
      {open && (
        <ul id={listId} aria-label="Recent deliveries" className="mt-2 divide-y divide-zinc-100 rounded-md border border-zinc-200">
          {deliveries.slice(0, SHOWN).map((d, i) => (
            <li key={`${d.at}-${i}`} className="flex items-start gap-2 px-2.5 py-1.5 text-xs">
              {d.outcome === 'accepted' ? (
                <CircleCheck aria-label="Accepted" className="mt-px size-3.5 shrink-0 text-emerald-600" />
              ) : (
                <CircleX aria-label="Rejected" className="mt-px size-3.5 shrink-0 text-red-600" />
              )}
              <span className="min-w-0 flex-1">
                <span className="font-mono text-zinc-700">{d.status}</span>
                {showChannel && <span className="text-zinc-500"> · {CHANNEL_META[d.channel].label}</span>}
                {d.detail && <span className={cn('break-words', d.outcome === 'rejected' ? 'text-red-700' : 'text-zinc-600')}> · {d.detail}</span>}
              </span>
              <time dateTime={d.at} title={new Date(d.at).toLocaleString()} className="shrink-0 text-zinc-500">
                {formatRelative(d.at)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
