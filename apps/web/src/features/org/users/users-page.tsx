import type { ListUsersQuery } from '@fullcircle/shared';
import { UserPlus, Users } from 'lucide-react';
import { useCallback, useState } from 'react';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { errorMessage } from '../../../api/http';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useDepartments } from '../hooks/use-departments';
import { useUsers } from '../hooks/use-users';
import { ChangeDepartmentsDialog } from './change-departments-dialog';
import { ChangeRoleDialog } from './change-role-dialog';
import { InviteUserDialog } from './invite-user-dialog';
import type { UserAction } from './user-action';
import { UserStatusDialog } from './user-status-dialog';
import { UsersFilters } from './users-filters';
import { UsersTable } from './users-table';
import { useDebouncedValue } from '../../../app/use-debounced-value';

export function UsersPage() {
  useDocumentTitle('Users', 'Settings');
  const me = useCurrentUser();
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<Omit<ListUsersQuery, 'search'>>({});
  const debouncedSearch = useDebouncedValue(search.trim());
  const users = useUsers({ ...filters, search: debouncedSearch || undefined });
  const departments = useDepartments();
  const [inviteOpen, setInviteOpen] = useState(false);
  const [action, setAction] = useState<UserAction | null>(null);
  const close = useCallback(() => setAction(null), []);
  const filtering = Boolean(debouncedSearch || filters.status || filters.role || filters.departmentId);

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Settings"
        title="Users"
        description="Invite people, set their role and the departments they work in."
        actions={
          <Button onClick={() => setInviteOpen(true)}>
            <UserPlus aria-hidden className="size-4" />
            Invite user
          </Button>
        }
      />
      <Card>
        <UsersFilters search={search} onSearchChange={setSearch} filters={filters} onFiltersChange={setFilters} departments={departments.data ?? []} />
        {users.isPending ? (
          <SkeletonRows label="Loading users" />
        ) : users.isError ? (
          <div className="p-5">
            <Alert title="Could not load users">
              {errorMessage(users.error)}{' '}
              <button type="button" className="font-medium underline" onClick={() => users.refetch()}>
                Try again
              </button>
            </Alert>
          </div>
        ) : users.data.length === 0 ? (
          <EmptyState icon={Users} title={filtering ? 'No users match these filters' : 'No users yet'}>
            {filtering ? 'Try another search or clear a filter.' : 'Invite your first colleague to get started.'}
          </EmptyState>
        ) : (
          <UsersTable users={users.data} departments={departments.data ?? []} currentUserId={me.id} onAction={setAction} />
        )}
      </Card>
      <InviteUserDialog open={inviteOpen} onOpenChange={setInviteOpen} />
      <ChangeRoleDialog user={action?.kind === 'role' ? action.user : null} onClose={close} />
      <ChangeDepartmentsDialog user={action?.kind === 'departments' ? action.user : null} onClose={close} />
      <UserStatusDialog target={action?.kind === 'deactivate' || action?.kind === 'reactivate' ? { kind: action.kind, user: action.user } : null} onClose={close} />
    </div>
  );
}
