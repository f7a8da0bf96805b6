import type { Role } from '@fullcircle/shared';
import { Link, useRouterState } from '@tanstack/react-router';
import { ArrowUpRight } from 'lucide-react';
import { cn, focusRing } from '../components/cn';
import { ACCOUNT_NAV, navigationFor, type NavItem, type NavSubItem } from './navigation';

function isActive(pathname: string, prefix: string): boolean {
  return pathname === prefix || pathname.startsWith(`${prefix}/`);
}

const itemClasses = (active: boolean) =>
  cn(
    'flex items-center gap-2.5 rounded-md px-2.5 py-1.5 text-sm font-medium transition-colors',
    focusRing,
    active ? 'bg-zinc-100 text-zinc-900' : 'text-zinc-600 hover:bg-zinc-50 hover:text-zinc-900',
  );

function SubItem({ item, pathname }: { item: NavSubItem; pathname: string }) {
  const classes = (active: boolean) =>
    cn(
      'flex items-center justify-between rounded-md py-1 pr-2 pl-9 text-sm transition-colors',
      focusRing,
      active ? 'font-medium text-indigo-700' : 'text-zinc-500 hover:text-zinc-900',
    );
  if (item.to) {
    return (
      <Link to={item.to} className={classes(isActive(pathname, item.to))}>
        {item.label}
      </Link>
    );
  }
  return (
    <a href={item.href} className={classes(false)}>
      {item.label}
      <ArrowUpRight aria-hidden className="size-3.5 text-zinc-400" />
    </a>
  );
}

function Item({ item, pathname }: { item: NavItem; pathname: string }) {
  const active = isActive(pathname, item.activePrefix);
  const Icon = item.icon;
  return (
    <li>
      <Link to={item.to} className={itemClasses(active)} aria-current={active ? 'page' : undefined}>
        <Icon aria-hidden className={cn('size-4', active ? 'text-indigo-600' : 'text-zinc-400')} />
        {/* Phones get icons only, so every section fits the top bar; the label stays the link's name. */}
        <span className="max-sm:sr-only">{item.label}</span>
      </Link>
      {item.children && (
        <ul className="mt-0.5 hidden space-y-0.5 md:block">
          {item.children.map((child) => (
            <li key={child.label}>
              <SubItem item={child} pathname={pathname} />
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The sections a role can use: nothing else, so there are no dead links. */
export function SidebarNav({ role }: { role: Role }) {
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  return (
    <nav aria-label="Main" className="flex min-w-0 flex-1 gap-1 overflow-x-auto md:min-h-0 md:flex-col md:justify-between md:gap-4 md:overflow-x-hidden md:overflow-y-auto">
      <ul className="flex gap-1 md:flex-col">
        {navigationFor(role).map((item) => (
          <Item key={item.label} item={item} pathname={pathname} />
        ))}
      </ul>
      <ul className="flex gap-1 md:flex-col">
        <Item item={ACCOUNT_NAV} pathname={pathname} />
      </ul>
    </nav>
  );
}
