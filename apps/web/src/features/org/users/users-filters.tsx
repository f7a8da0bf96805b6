import type { Department, ListUsersQuery, Role, UserStatus } from '@fullcircle/shared';
import { SearchInput } from '../../../components/search-input';
import { Select } from '../../../components/select-field';
import { ROLE_OPTIONS, STATUS_OPTIONS } from '../org-labels';

interface UsersFiltersProps {
  search: string;
  onSearchChange: (search: string) => void;
  filters: Omit<ListUsersQuery, 'search'>;
  onFiltersChange: (filters: Omit<ListUsersQuery, 'search'>) => void;
  departments: Department[];
}

export function UsersFilters({ search, onSearchChange, filters, onFiltersChange, departments }: UsersFiltersProps) {
  const departmentOptions = [{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))];
  return (
    <div className="flex flex-col gap-2 border-b border-zinc-100 p-3 lg:flex-row">
      <SearchInput
        wrapperClassName="flex-1"
        aria-label="Search users"
        placeholder="Search by name or email"
        value={search}
        onValueChange={onSearchChange}
      />
      <div className="grid grid-cols-3 gap-2 lg:w-[30rem]">
        <Select
          aria-label="Filter by status"
          value={filters.status ?? ''}
          onChange={(e) => onFiltersChange({ ...filters, status: (e.target.value || undefined) as UserStatus | undefined })}
          options={[{ value: '', label: 'All statuses' }, ...STATUS_OPTIONS]}
        />
        <Select
          aria-label="Filter by role"
          value={filters.role ?? ''}
          onChange={(e) => onFiltersChange({ ...filters, role: (e.target.value || undefined) as Role | undefined })}
          options={[{ value: '', label: 'All roles' }, ...ROLE_OPTIONS]}
        />
        <Select
          aria-label="Filter by department"
          value={filters.departmentId ?? ''}
          onChange={(e) => onFiltersChange({ ...filters, departmentId: e.target.value || undefined })}
          options={departmentOptions}
        />
      </div>
    </div>
  );
}
