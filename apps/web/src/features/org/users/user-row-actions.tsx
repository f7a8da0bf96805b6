import type { User } from '@fullcircle/shared';
import { Building2, MoreHorizontal, ShieldCheck, UserCheck, UserX } from 'lucide-react';
import { buttonClasses } from '../../../components/button';
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '../../../components/dropdown-menu';
import type { UserAction } from './user-action';

interface UserRowActionsProps {
  user: User;
  isSelf: boolean;
  onAction: (action: UserAction) => void;
}

export function UserRowActions({ user, isSelf, onAction }: UserRowActionsProps) {
  return (
    <DropdownMenu>
      <DropdownMenuTrigger aria-label={`Actions for ${user.name}`} className={buttonClasses('ghost', 'icon')}>
        <MoreHorizontal aria-hidden className="size-4" />
      </DropdownMenuTrigger>
      <DropdownMenuContent>
        <DropdownMenuItem onSelect={() => onAction({ kind: 'role', user })}>
          <ShieldCheck aria-hidden className="size-4 text-zinc-500" />
          Change role
        </DropdownMenuItem>
        <DropdownMenuItem onSelect={() => onAction({ kind: 'departments', user })}>
          <Building2 aria-hidden className="size-4 text-zinc-500" />
          Change departments
        </DropdownMenuItem>
        <DropdownMenuSeparator />
        {user.status === 'deactivated' ? (
          <DropdownMenuItem onSelect={() => onAction({ kind: 'reactivate', user })}>
            <UserCheck aria-hidden className="size-4 text-zinc-500" />
            Reactivate
          </DropdownMenuItem>
        ) : (
          <DropdownMenuItem
            tone="danger"
            disabled={isSelf}
            title={isSelf ? 'You cannot deactivate your own account' : undefined}
            onSelect={() => onAction({ kind: 'deactivate', user })}
          >
            <UserX aria-hidden className="size-4" />
            {isSelf ? 'Deactivate (not for yourself)' : 'Deactivate'}
          </DropdownMenuItem>
        )}
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
