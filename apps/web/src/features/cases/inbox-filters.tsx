import { CHANNELS, type Department } from '@fullcircle/shared';
import { SearchInput } from '../../components/search-input';
import { Select } from '../../components/select-field';
import { CHANNEL_META } from '../intake/channel-catalogue';
import { PRIORITY_META, PRIORITY_ORDER, STATUS_META } from './case-labels';
import { sortsFor, type CaseSort, type InboxSearch, type InboxView } from './inbox-search';

const SORT_OPTIONS: { value: CaseSort; label: string }[] = [
  { value: 'sla', label: 'SLA due first' },
  { value: 'priority', label: 'Highest priority' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
];
const OPEN_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_on_customer'] as const;

interface InboxFiltersProps {
  view: InboxView;
  search: string;
  onSearchChange: (value: string) => void;
  filters: InboxSearch;
  sort: CaseSort;
  onChange: (patch: Partial<InboxSearch>) => void;
  /** Departments to filter by; none hides the filter (one department needs no choice). */
  departments: Department[];
}

export function InboxFilters({ view, search, onSearchChange, filters, sort, onChange, departments }: InboxFiltersProps) {
  const showDepartment = departments.length > 1 && view !== 'triage';
  const showStatus = view === 'open' || view === 'mine';
  return (
    // Wraps rather than scrolls: the search takes what the selects leave, down to 14rem.
    <div className="flex flex-wrap gap-2 border-b border-zinc-100 p-3">
      <SearchInput wrapperClassName="min-w-56 flex-1" aria-label="Search cases" placeholder="Reference, customer or words" value={search} onValueChange={onSearchChange} />
      <div className="grid w-full grid-cols-2 gap-2 sm:flex sm:w-auto sm:flex-wrap sm:[&>div]:min-w-36">
        {showDepartment && (
          <Select
            aria-label="Department"
            value={filters.departmentId ?? ''}
            onChange={(e) => onChange({ departmentId: e.target.value || undefined })}
            options={[{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
          />
        )}
        {showStatus && (
          <Select
            aria-label="Status"
            value={filters.status ?? ''}
            onChange={(e) => onChange({ status: (e.target.value || undefined) as InboxSearch['status'] })}
            options={[{ value: '', label: 'Any status' }, ...OPEN_STATUSES.map((s) => ({ value: s, label: STATUS_META[s].label }))]}
          />
        )}
        <Select
          aria-label="Priority"
          value={filters.priority ?? ''}
          onChange={(e) => onChange({ priority: (e.target.value || undefined) as InboxSearch['priority'] })}
          options={[{ value: '', label: 'Any priority' }, ...PRIORITY_ORDER.map((p) => ({ value: p, label: PRIORITY_META[p].label }))]}
        />
        <Select
          aria-label="Channel"
          value={filters.channel ?? ''}
          onChange={(e) => onChange({ channel: (e.target.value || undefined) as InboxSearch['channel'] })}
          options={[{ value: '', label: 'Any channel' }, ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_META[c].label }))]}
        />
        <Select
          aria-label="Sort"
          value={sort}
          onChange={(e) => onChange({ sort: e.target.value as CaseSort })}
          options={SORT_OPTIONS.filter((o) => sortsFor(view).includes(o.value))}
        />
      </div>
    </div>
  );
}
