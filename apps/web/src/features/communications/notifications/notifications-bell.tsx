import type { NotificationDto, NotificationKind } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { AlarmClock, AtSign, Bell, Frown, RotateCcw, Siren, Star, TrendingUp, UserCheck, type LucideIcon } from 'lucide-react';
import { Popover } from 'radix-ui';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { Button } from '../../../components/button';
import { cn, focusRing } from '../../../components/cn';
import { formatLastLogin as formatRelative } from '../../org/users/format-last-login';
import { useMarkNotificationsRead, useNotifications } from '../hooks/use-notifications';

const KIND_ICONS: Record<NotificationKind, LucideIcon> = {
  mention: AtSign,
  assigned: UserCheck,
  sla_warning: AlarmClock,
  sla_breach: AlarmClock,
  escalation: Siren,
  low_score: Frown,
  recognition: Star,
  reopened: RotateCcw,
  surge: TrendingUp,
};

function Item({ n, onOpen }: { n: NotificationDto; onOpen: () => void }) {
  const Icon = KIND_ICONS[n.kind];
  const content = (
    <>
      <Icon aria-hidden className={cn('mt-0.5 size-4 shrink-0', n.kind === 'recognition' ? 'text-amber-500' : n.kind === 'sla_breach' || n.kind === 'escalation' || n.kind === 'surge' ? 'text-red-500' : 'text-zinc-400')} />
      <span className="min-w-0 flex-1">
        <span className={cn('block text-sm', n.readAt ? 'text-zinc-700' : 'font-medium text-zinc-900')}>{n.title}</span>
        {n.body && <span className="mt-0.5 line-clamp-2 block text-xs text-zinc-500">{n.body}</span>}
        <span className="mt-1 block text-xs text-zinc-400">
          {n.caseReference && <span className="font-mono">{n.caseReference} · </span>}
          {formatRelative(n.createdAt)}
        </span>
      </span>
      {!n.readAt && <span aria-label="Unread" className="mt-1.5 size-2 shrink-0 rounded-full bg-indigo-500" />}
    </>
  );
  const classes = cn('flex gap-3 px-4 py-3 text-left hover:bg-zinc-50', focusRing);
  return (
    <li>
      {n.caseId ? (
        <Link to="/cases/$caseId" params={{ caseId: n.caseId }} className={classes} onClick={onOpen}>
          {content}
        </Link>
      ) : n.link?.startsWith('/surges/') ? (
        <Link to="/surges/$surgeId" params={{ surgeId: n.link.slice('/surges/'.length) }} className={classes} onClick={onOpen}>
          {content}
        </Link>
      ) : (
        <div className={classes}>{content}</div>
      )}
    </li>
  );
}

/** The bell: unread count on it, the latest notifications under it, links to their cases. */
export function NotificationsBell() {
  const notifications = useNotifications();
  const markRead = useMarkNotificationsRead();
  const [open, setOpen] = useState(false);
  const unread = notifications.data?.unread ?? 0;
  const list = notifications.data?.notifications ?? [];

  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger
        aria-label={unread > 0 ? `Notifications, ${unread} unread` : 'Notifications'}
        className={cn('relative rounded-md p-1.5 text-zinc-500 hover:bg-zinc-100 hover:text-zinc-900', focusRing)}
      >
        <Bell aria-hidden className="size-5" />
        {unread > 0 && (
          <span data-testid="unread-count" className="absolute -top-0.5 -right-0.5 min-w-4 rounded-full bg-red-600 px-1 text-center text-[10px] leading-4 font-semibold text-white tabular-nums">
            {unread > 99 ? '99+' : unread}
          </span>
        )}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content
          align="start"
          sideOffset={6}
          aria-label="Notifications"
          className="animate-fade-in z-50 w-80 max-w-[calc(100vw-1rem)] overflow-hidden rounded-lg bg-white shadow-lg ring-1 ring-zinc-200"
        >
          <div className="flex items-center justify-between border-b border-zinc-100 px-4 py-2.5">
            <h2 className="text-sm font-semibold text-zinc-900">Notifications</h2>
            <Button variant="ghost" size="sm" disabled={unread === 0} loading={markRead.isPending} onClick={() => markRead.mutate({})}>
              Mark all read
            </Button>
          </div>
          {notifications.isError ? (
            <p className="px-4 py-6 text-center text-sm text-red-700">{errorMessage(notifications.error)}</p>
          ) : list.length === 0 ? (
            <p className="px-4 py-8 text-center text-sm text-zinc-500">{notifications.isPending ? 'Loading…' : 'Nothing new. Mentions, assignments and SLA warnings show up here.'}</p>
          ) : (
            <ul className="max-h-96 divide-y divide-zinc-100 overflow-y-auto">
              {list.map((n) => (
                <Item
                  key={n.id}
                  n={n}
                  onOpen={() => {
                    setOpen(false);
                    if (!n.readAt) markRead.mutate({ ids: [n.id] });
                  }}
                />
              ))}
            </ul>
          )}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
