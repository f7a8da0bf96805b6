import { ChevronsUpDown, LogOut } from 'lucide-react';
import { Avatar } from '../components/avatar';
import { cn, focusRing } from '../components/cn';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from '../components/dropdown-menu';
import { useLogout } from '../features/auth/hooks/use-logout';
import { useCurrentUser } from '../features/auth/hooks/use-session';
import { ROLE_LABELS } from './role-home';

export function UserMenu() {
  const user = useCurrentUser();
  const logout = useLogout();

  const signOut = () => logout.mutate();

  return (
    <DropdownMenu>
      <DropdownMenuTrigger
        aria-label="User menu"
        className={cn('flex w-full items-center gap-2.5 rounded-md p-1.5 text-left hover:bg-zinc-100', focusRing)}
      >
        <Avatar name={user.name} />
        <span className="hidden min-w-0 flex-1 md:block">
          <span className="block truncate text-sm font-medium text-zinc-900">{user.name}</span>
          <span className="block truncate text-xs text-zinc-500">{ROLE_LABELS[user.role]}</span>
        </span>
        <ChevronsUpDown aria-hidden className="hidden size-4 text-zinc-400 md:block" />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-56">
        <DropdownMenuLabel>
          Signed in as
          <span className="block truncate font-medium text-zinc-900">{user.email}</span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem onSelect={signOut} disabled={logout.isPending}>
          <LogOut aria-hidden className="size-4 text-zinc-500" />
          Sign out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
