import type { Department, User } from '@fullcircle/shared';
import { Pencil, Users } from 'lucide-react';
import { Button } from '../../../components/button';

interface DepartmentsListProps {
  departments: Department[];
  users: User[] | undefined;
  onEdit: (department: Department) => void;
}

function ownerNames(ids: string[], users: User[] | undefined): string {
  if (ids.length === 0) return 'No owner yet';
  if (!users) return `${ids.length} owner${ids.length === 1 ? '' : 's'}`;
  const byId = new Map(users.map((u) => [u.id, u.name]));
  return ids.map((id) => byId.get(id) ?? 'Unknown user').join(', ');
}

export function DepartmentsList({ departments, users, onEdit }: DepartmentsListProps) {
  return (
    <ul className="divide-y divide-zinc-100">
      {departments.map((d) => (
        <li key={d.id} className="flex flex-col gap-3 px-5 py-4 sm:flex-row sm:items-center">
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h3 className="font-medium text-zinc-900">{d.name}</h3>
              <code className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-xs text-zinc-600">{d.slug}</code>
            </div>
            <p className="mt-0.5 line-clamp-2 text-sm text-zinc-500">{d.description || 'No description'}</p>
          </div>
          <dl className="flex shrink-0 gap-6 text-sm sm:w-80">
            <div className="w-24">
              <dt className="text-xs text-zinc-500">Members</dt>
              <dd className="flex items-center gap-1.5 font-medium text-zinc-900">
                <Users aria-hidden className="size-3.5 text-zinc-400" />
                {d.memberCount}
              </dd>
            </div>
            <div className="min-w-0 flex-1">
              <dt className="text-xs text-zinc-500">Owners</dt>
              <dd className="truncate text-zinc-700">{ownerNames(d.ownerIds, users)}</dd>
            </div>
          </dl>
          <Button variant="secondary" size="sm" onClick={() => onEdit(d)} aria-label={`Edit ${d.name}`}>
            <Pencil aria-hidden className="size-3.5" />
            Edit
          </Button>
        </li>
      ))}
    </ul>
  );
}
