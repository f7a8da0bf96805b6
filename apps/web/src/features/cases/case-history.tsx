import type { CaseEventDto } from '@fullcircle/shared';
import { Card, CardHeader } from '../../components/card';
import { cn } from '../../components/cn';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { EVENT_META, type EventEmphasis } from './case-labels';

const ICON_TONES: Record<EventEmphasis, string> = {
  normal: 'bg-zinc-100 text-zinc-600',
  warning: 'bg-amber-100 text-amber-700',
  danger: 'bg-red-100 text-red-700',
};
const LABEL_TONES: Record<EventEmphasis, string> = { normal: 'text-zinc-900', warning: 'text-amber-800', danger: 'text-red-700' };

/** What happened to the case, newest first; SLA warnings amber, breaches and escalations red. */
export function CaseHistory({ events }: { events: CaseEventDto[] }) {
  // Newest first; events at the same instant keep the API's order, reversed (so "routed" sits above "opened").
  const ordered = events
    .map((event, index) => ({ event, index }))
    .sort((a, b) => b.event.occurredAt.localeCompare(a.event.occurredAt) || b.index - a.index)
    .map(({ event }) => event);
  return (
    <Card>
      <CardHeader title="History" description="Newest first." />
      {ordered.length === 0 ? (
        <p className="px-5 py-4 text-sm text-zinc-500">Nothing has happened yet.</p>
      ) : (
        <ol aria-label="History" className="space-y-0 px-5 py-3">
          {ordered.map((event) => {
            const meta = EVENT_META[event.type];
            const Icon = meta.icon;
            return (
              <li key={event.id} data-emphasis={meta.emphasis} className={cn('flex gap-3 py-2', meta.emphasis !== 'normal' && '-mx-2 rounded-md px-2', meta.emphasis === 'warning' && 'bg-amber-50/60', meta.emphasis === 'danger' && 'bg-red-50/60')}>
                <span className={cn('flex size-7 shrink-0 items-center justify-center rounded-full', ICON_TONES[meta.emphasis])}>
                  <Icon aria-hidden className="size-3.5" />
                </span>
                <div className="min-w-0 flex-1 text-sm">
                  <p className={cn('break-words', meta.emphasis === 'normal' ? 'text-zinc-800' : cn('font-medium', LABEL_TONES[meta.emphasis]))}>{event.summary}</p>
                  <p className="mt-0.5 text-xs text-zinc-500">
                    <span className={cn('font-medium', meta.emphasis === 'normal' ? 'text-zinc-600' : LABEL_TONES[meta.emphasis])}>{meta.label}</span>
                    {' · '}
                    {event.actor ? event.actor.name : 'Fullcircle'}
                    {' · '}
                    <time dateTime={event.occurredAt} title={new Date(event.occurredAt).toLocaleString()}>
                      {formatRelative(event.occurredAt)}
                    </time>
                  </p>
                </div>
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
