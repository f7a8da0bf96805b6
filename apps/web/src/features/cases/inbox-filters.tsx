import { CHANNELS, SLA_RISKS, type Department, type SlaRisk } from '@fullcircle/shared';
import { useEffect, useState } from 'react';
import { SearchInput } from '../../components/search-input';
import { Select } from '../../components/select-field';
import { Input } from '../../components/text-field';
import { CHANNEL_META } from '../intake/channel-catalogue';
import { PRIORITY_META, PRIORITY_ORDER, STATUS_META } from './case-labels';
import { sortsFor, type CaseSentiment, type CaseSort, type InboxSearch, type InboxView } from './inbox-search';

const SORT_OPTIONS: { value: CaseSort; label: string }[] = [
  { value: 'sla', label: 'SLA due first' },
  { value: 'priority', label: 'Highest priority' },
  { value: 'newest', label: 'Newest first' },
  { value: 'oldest', label: 'Oldest first' },
];
const OPEN_STATUSES = ['new', 'assigned', 'in_progress', 'waiting_on_customer'] as const;
const SLA_RISK_LABELS: Record<SlaRisk, string> = { breached: 'Overdue', at_risk: 'At risk', ok: 'On track' };
const SENTIMENT_LABELS: Record<CaseSentiment, string> = { negative: 'Negative', neutral: 'Neutral', positive: 'Positive' };

/** The search box's id: "/" puts the cursor there. */
export const INBOX_SEARCH_ID = 'inbox-search';

export interface AssigneeChoice {
  id: string;
  name: string;
}

interface InboxFiltersProps {
  view: InboxView;
  search: string;
  onSearchChange: (value: string) => void;
  filters: InboxSearch;
  sort: CaseSort;
  onChange: (patch: Partial<InboxSearch>) => void;
  /** Departments to filter by; none hides the filter (one department needs no choice). */
  departments: Department[];
  /** The signed-in colleague ("Me") and the colleagues one may filter by (admins and owners see everyone). */
  me: AssigneeChoice;
  people: AssigneeChoice[];
}

/** A free-text filter applied on Enter or when the field is left, so the list does not reload per key. */
function TextFilter({ label, placeholder, value, onCommit }: { label: string; placeholder: string; value?: string; onCommit: (value?: string) => void }) {
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const commit = () => {
    const next = text.trim() || undefined;
    if (next !== value) onCommit(next);
  };
  return (
    // A div like the selects' wrappers, so the row gives it the same width.
    <div>
      <Input
        aria-label={label}
        placeholder={placeholder}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
        }}
      />
    </div>
  );
}

export function InboxFilters({ view, search, onSearchChange, filters, sort, onChange, departments, me, people }: InboxFiltersProps) {
  const showDepartment = departments.length > 1 && view !== 'triage';
  const showStatus = view === 'open' || view === 'mine';
  const showSla = view === 'open' || view === 'mine';
  const showAssignee = view !== 'mine' && view !== 'triage';
  const others = people.filter((p) => p.id !== me.id);
  // A colleague picked from an address who is not in the list still shows by id rather than vanishing.
  const unknownAssignee = filters.assigneeId && filters.assigneeId !== 'none' && filters.assigneeId !== me.id && !others.some((p) => p.id === filters.assigneeId);

  return (
    // Wraps rather than scrolls: the search takes what the selects leave, down to 14rem.
    <div className="flex flex-wrap gap-2 border-b border-zinc-100 p-3">
      <SearchInput
        id={INBOX_SEARCH_ID}
        wrapperClassName="min-w-56 flex-1"
        aria-label="Search cases"
        placeholder="Reference, customer or words   ( / )"
        value={search}
        onValueChange={onSearchChange}
      />
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
        {showSla && (
          <Select
            aria-label="SLA risk"
            value={filters.slaRisk ?? ''}
            onChange={(e) => onChange({ slaRisk: (e.target.value || undefined) as InboxSearch['slaRisk'] })}
            options={[{ value: '', label: 'Any SLA state' }, ...SLA_RISKS.map((r) => ({ value: r, label: SLA_RISK_LABELS[r] }))]}
          />
        )}
        <Select
          aria-label="Priority"
          value={filters.priority ?? ''}
          onChange={(e) => onChange({ priority: (e.target.value || undefined) as InboxSearch['priority'] })}
          options={[{ value: '', label: 'Any priority' }, ...PRIORITY_ORDER.map((p) => ({ value: p, label: PRIORITY_META[p].label }))]}
        />
        <Select
          aria-label="Sentiment"
          value={filters.sentiment ?? ''}
          onChange={(e) => onChange({ sentiment: (e.target.value || undefined) as InboxSearch['sentiment'] })}
          options={[{ value: '', label: 'Any sentiment' }, ...(Object.keys(SENTIMENT_LABELS) as CaseSentiment[]).map((s) => ({ value: s, label: SENTIMENT_LABELS[s] }))]}
        />
        <Select
          aria-label="Channel"
          value={filters.channel ?? ''}
          onChange={(e) => onChange({ channel: (e.target.value || undefined) as InboxSearch['channel'] })}
          options={[{ value: '', label: 'Any channel' }, ...CHANNELS.map((c) => ({ value: c, label: CHANNEL_META[c].label }))]}
        />
        {showAssignee && (
          <Select
            aria-label="Assignee"
            value={filters.assigneeId ?? ''}
            onChange={(e) => onChange({ assigneeId: e.target.value || undefined })}
            options={[
              { value: '', label: 'Anyone' },
              { value: me.id, label: 'Me' },
              { value: 'none', label: 'Unassigned' },
              ...(unknownAssignee && filters.assigneeId ? [{ value: filters.assigneeId, label: 'A colleague' }] : []),
              ...others.map((p) => ({ value: p.id, label: p.name })),
            ]}
          />
        )}
        <TextFilter label="Topic" placeholder="Topic" value={filters.topic} onCommit={(topic) => onChange({ topic })} />
        <TextFilter label="Customer segment" placeholder="Segment" value={filters.segment} onCommit={(segment) => onChange({ segment })} />
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
