import type { CasePage } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { cn, focusRing } from '../../components/cn';
import type { InboxView } from './inbox-search';

const LABELS: Record<InboxView, string> = { open: 'Open', mine: 'Assigned to me', triage: 'Triage', closed: 'Closed' };
const COUNT_OF: Partial<Record<InboxView, keyof CasePage['counts']>> = { open: 'open', mine: 'mine', triage: 'triage' };

/** Open / Assigned to me / Triage / Closed, each with its count; the tab lives in the address. */
export function InboxTabs({ views, current, counts }: { views: readonly InboxView[]; current: InboxView; counts?: CasePage['counts'] }) {
  return (
    <nav aria-label="Inbox views" className="flex gap-1 overflow-x-auto border-b border-zinc-100 px-3 pt-2">
      {views.map((view) => {
        const active = view === current;
        const key = COUNT_OF[view];
        const count = key && counts ? counts[key] : undefined;
        return (
          <Link
            key={view}
            to="/inbox"
            search={(s) => ({ ...s, view: view === 'open' ? undefined : view, status: undefined })}
            aria-current={active ? 'page' : undefined}
            className={cn(
              '-mb-px flex items-center gap-2 border-b-2 px-3 py-2 text-sm font-medium whitespace-nowrap',
              focusRing,
              active ? 'border-indigo-600 text-indigo-700' : 'border-transparent text-zinc-500 hover:text-zinc-900',
            )}
          >
            <span>{LABELS[view]}</span>{' '}
            {count !== undefined && (
              <span
                className={cn(
                  'rounded-full px-1.5 py-0.5 text-xs tabular-nums',
                  view === 'triage' && count > 0 ? 'bg-amber-100 text-amber-800' : active ? 'bg-indigo-100 text-indigo-700' : 'bg-zinc-100 text-zinc-600',
                )}
              >
                {count}
              </span>
            )}
          </Link>
        );
      })}
    </nav>
  );
}
