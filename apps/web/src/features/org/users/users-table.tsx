import type { Department, User } from '@fullcircle/shared';
import { createColumnHelper, flexRender, getCoreRowModel, getSortedRowModel, useReactTable, type SortingState } from '@tanstack/react-table';
import { ArrowDown, ArrowUp } from 'lucide-react';
import { useMemo, useState } from 'react';
import { ROLE_LABELS } from '../../../app/role-home';
import { Avatar } from '../../../components/avatar';
import { Badge } from '../../../components/badge';
import { cn } from '../../../components/cn';
import { STATUS_LABELS, STATUS_TONES } from '../org-labels';
import { formatLastLogin } from './format-last-login';
import type { UserAction } from './user-action';
import { UserRowActions } from './user-row-actions';

const column = createColumnHelper<User>();

interface UsersTableProps {
  users: User[];
  departments: Department[];
  currentUserId: string;
  onAction: (action: UserAction) => void;
}

function DepartmentBadges({ ids, names }: { ids: string[]; names: Map<string, string> }) {
  if (ids.length === 0) return <span className="text-zinc-400">None</span>;
  const shown = ids.slice(0, 2);
  return (
    <span className="flex max-w-56 flex-wrap gap-1">
      {shown.map((id) => (
        <Badge key={id}>{names.get(id) ?? 'Unknown'}</Badge>
      ))}
      {ids.length > shown.length && (
        <Badge title={ids.slice(2).map((id) => names.get(id) ?? 'Unknown').join(', ')}>+{ids.length - shown.length}</Badge>
      )}
    </span>
  );
}

export function UsersTable({ users, departments, currentUserId, onAction }: UsersTableProps) {
  const [sorting, setSorting] = useState<SortingState>([{ id: 'name', desc: false }]);
  const names = useMemo(() => new Map(departments.map((d) => [d.id, d.name])), [departments]);

  const columns = useMemo(
    () => [
      column.accessor('name', {
        header: 'Name',
        cell: ({ row }) => (
          <span className="flex items-center gap-3">
            <Avatar name={row.original.name} />
            <span className="min-w-0">
              <span className="flex items-center gap-2">
                <span className="font-medium text-zinc-900">{row.original.name}</span>
                {row.original.id === currentUserId && <Badge tone="accent">You</Badge>}
              </span>
              <span className="block text-zinc-500">{row.original.email}</span>
            </span>
          </span>
        ),
      }),
      column.accessor('role', { header: 'Role', cell: (c) => ROLE_LABELS[c.getValue()] }),
      column.accessor('departmentIds', {
        header: 'Departments',
        enableSorting: false,
        cell: (c) => <DepartmentBadges ids={c.getValue()} names={names} />,
      }),
      column.accessor('status', {
        header: 'Status',
        cell: (c) => <Badge tone={STATUS_TONES[c.getValue()]}>{STATUS_LABELS[c.getValue()]}</Badge>,
      }),
      column.accessor('lastLoginAt', {
        header: 'Last login',
        sortUndefined: 'last',
        cell: (c) => (
          <span className="text-zinc-500" title={c.getValue() ? new Date(c.getValue()!).toLocaleString() : undefined}>
            {formatLastLogin(c.getValue())}
          </span>
        ),
      }),
      column.display({
        id: 'actions',
        header: () => <span className="sr-only">Actions</span>,
        cell: ({ row }) => <UserRowActions user={row.original} isSelf={row.original.id === currentUserId} onAction={onAction} />,
      }),
    ],
    [names, currentUserId, onAction],
  );

  const table = useReactTable({
    data: users,
    columns,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (u) => u.id,
  });

  return (
    // relative: the sr-only header is absolutely positioned and must scroll with the table, not widen the page.
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-zinc-100">
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                return (
                  <th
                    key={header.id}
                    scope="col"
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                    className="px-4 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500"
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        onClick={header.column.getToggleSortingHandler()}
                        className="inline-flex items-center gap-1 rounded hover:text-zinc-900 focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:outline-none"
                      >
                        {flexRender(header.column.columnDef.header, header.getContext())}
                        {sorted === 'asc' && <ArrowUp aria-hidden className="size-3" />}
                        {sorted === 'desc' && <ArrowDown aria-hidden className="size-3" />}
                      </button>
                    ) : (
                      flexRender(header.column.columnDef.header, header.getContext())
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={cn('hover:bg-zinc-50/70', row.original.status === 'deactivated' && 'opacity-60')}>
              {row.getVisibleCells().map((cell) => (
                <td
                  key={cell.id}
                  className={cn('px-4 py-3', cell.column.id === 'departmentIds' ? 'min-w-40' : 'whitespace-nowrap', cell.column.id === 'actions' && 'w-12 text-right')}
                >
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
