import type { InitiativeUpdateDto } from '@fullcircle/shared';
import { Badge } from '../../components/badge';
import { capitalise, channelLabel, OUTCOME_LABEL } from './initiative-labels';

const KIND_TITLE: Record<InitiativeUpdateDto['kind'], string> = { shipped: 'Shipped', declined: 'Declined', incident_update: 'Incident update' };

/** Each update: what was said, how many were told in which channel, who was not and why, who answered. */
export function InitiativeUpdates({ updates }: { updates: InitiativeUpdateDto[] }) {
  if (updates.length === 0) return <p className="px-5 py-6 text-sm text-zinc-500">Nobody has been told anything yet. Shipping or declining tells everyone who asked.</p>;
  return (
    <ul className="divide-y divide-zinc-100">
      {updates.map((u) => {
        const told = u.toldByChannel.reduce((s, c) => s + c.count, 0);
        return (
          <li key={u.id} className="space-y-3 px-5 py-4" aria-label={`${KIND_TITLE[u.kind]} update`}>
            <div className="flex flex-wrap items-center gap-2 text-sm">
              <Badge tone={u.kind === 'declined' ? 'danger' : u.kind === 'shipped' ? 'success' : 'warning'}>{KIND_TITLE[u.kind]}</Badge>
              <span className="text-zinc-500">
                {new Date(u.createdAt).toLocaleString()}
                {u.createdBy ? ` by ${u.createdBy}` : ''}
              </span>
              {!u.fannedOutAt && <Badge tone="accent">Telling customers…</Badge>}
            </div>
            <p className="text-sm whitespace-pre-line text-zinc-800">{u.message}</p>
            <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
              <div className="rounded-md bg-zinc-50 px-3 py-2">
                <dt className="text-xs text-zinc-500">Told</dt>
                <dd className="text-lg font-semibold tabular-nums" data-testid="told-total">
                  {told} <span className="text-xs font-normal text-zinc-500">of {u.recipients}</span>
                </dd>
              </div>
              {u.toldByChannel.map((c) => (
                <div key={c.key} className="rounded-md bg-zinc-50 px-3 py-2">
                  <dt className="text-xs text-zinc-500">Told by {channelLabel(c.key)}</dt>
                  <dd className="text-lg font-semibold tabular-nums">{c.count}</dd>
                </div>
              ))}
              <div className="rounded-md bg-zinc-50 px-3 py-2">
                <dt className="text-xs text-zinc-500">Replied</dt>
                <dd className="text-lg font-semibold tabular-nums">{u.replied}</dd>
              </div>
            </dl>
            {u.outcomes.some((o) => o.outcome !== 'queued') && (
              <p className="text-xs text-zinc-500">
                Not told:{' '}
                {u.outcomes
                  .filter((o) => o.outcome !== 'queued')
                  .map((o) => `${o.count} ${capitalise(OUTCOME_LABEL[o.outcome]).toLowerCase()}`)
                  .join(', ')}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
