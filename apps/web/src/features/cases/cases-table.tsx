import type { CaseSummaryDto, Department } from '@fullcircle/shared';
import { Link, useNavigate } from '@tanstack/react-router';
import { createColumnHelper, flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useEffect, useMemo, useRef, type MouseEvent } from 'react';
import { cn, focusRing } from '../../components/cn';
import { customerName } from '../customers/customer-labels';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { PriorityBadge, RoutedByChip, SlaDueLabel } from './case-chips';
import type { InboxView } from './inbox-search';
import { nextSlaTarget } from './sla-due';
import { TriageGuess } from './triage-guess';

const column = createColumnHelper<CaseSummaryDto>();
const th = 'px-3 py-2.5 text-left text-xs font-medium whitespace-nowrap text-zinc-500 first:pl-4 last:pr-4';

/** Phones show only the case column: it carries the customer, priority and clock itself there. */
const WIDE_ONLY = 'max-md:hidden';

function CaseCell({ c, view }: { c: CaseSummaryDto; view: InboxView }) {
  return (
    <span className="block md:min-w-52">
      <span className="flex items-center gap-2">
        <Link to="/cases/$caseId" params={{ caseId: c.id }} className={cn('rounded font-mono text-xs font-medium text-indigo-700 hover:underline', focusRing)}>
          {c.reference}
        </Link>
        {c.itemCount > 1 && <span className="text-xs text-zinc-500">{c.itemCount} items</span>}
      </span>
      <span className="mt-0.5 line-clamp-2 max-w-md text-zinc-700">
        {c.subject && <span className="font-medium text-zinc-900">{c.subject} · </span>}
        {c.excerpt}
      </span>
      <span className="mt-1.5 flex flex-wrap items-center gap-2 text-xs text-zinc-500 md:hidden">
        <PriorityBadge priority={c.priority} />
        {(view === 'open' || view === 'mine') && <SlaDueLabel target={nextSlaTarget(c)} startedAt={c.openedAt} breached={c.breached} />}
        <span className="truncate">{customerName(c.customer)}</span>
      </span>
    </span>
  );
}

function CustomerCell({ c }: { c: CaseSummaryDto }) {
  return (
    <span className="block max-w-44">
      <span className={cn('block truncate', c.customer.name ? 'font-medium text-zinc-900' : 'text-zinc-500 italic')}>{customerName(c.customer)}</span>
      {c.customer.email && <span className="block truncate text-xs text-zinc-500">{c.customer.email}</span>}
    </span>
  );
}

/** The person, and (when the inbox spans departments) the department, stacked: one column keeps the table on screen. */
function OwnerCell({ c, showDepartment }: { c: CaseSummaryDto; showDepartment: boolean }) {
  return (
    <span className="block max-w-44">
      <span className="block truncate">{c.assignee?.name ?? <span className="text-zinc-400 italic">Unassigned</span>}</span>
      {showDepartment && <span className="block truncate text-xs text-zinc-500">{c.department?.name ?? 'No department'}</span>}
    </span>
  );
}

const Since = ({ iso }: { iso: string }) => (
  <time dateTime={iso} title={new Date(iso).toLocaleString()} className="text-zinc-600">
    {formatRelative(iso)}
  </time>
);

export interface CasesTableOptions {
  view: InboxView;
  departments: Department[];
  /** More than one department in the inbox: say which one each case is in. */
  showDepartment: boolean;
  /** Whether the organisation has a department model (triage guesses); undefined while unknown. */
  hasModel?: boolean;
}

/** Checkboxes for bulk work and the keyboard's highlighted row; absent: a plain list (e.g. read-only roles). */
export interface CasesTableSelection {
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (checked: boolean) => void;
}

function columnsFor({ view, departments, showDepartment, hasModel }: CasesTableOptions): ColumnDef<CaseSummaryDto>[] {
  const triage = view === 'triage';
  const cols: ColumnDef<CaseSummaryDto>[] = [
    column.display({ id: 'case', header: 'Case', cell: ({ row }) => <CaseCell c={row.original} view={view} /> }),
    column.display({ id: 'customer', header: 'Customer', cell: ({ row }) => <CustomerCell c={row.original} /> }),
  ];
  if (triage && hasModel !== false) {
    cols.push(column.display({ id: 'guess', header: 'Best guess', cell: ({ row }) => <TriageGuess guess={row.original.guess} departments={departments} /> }));
  } else {
    cols.push(column.display({ id: 'assignee', header: showDepartment ? 'Assignee · department' : 'Assignee', cell: ({ row }) => <OwnerCell c={row.original} showDepartment={showDepartment} /> }));
  }
  cols.push(column.display({ id: 'priority', header: 'Priority', cell: ({ row }) => <PriorityBadge priority={row.original.priority} /> }));
  if (triage) {
    // Nothing owns a triage case yet, so no SLA runs: how long it has waited is what matters.
    cols.push(column.display({ id: 'waiting', header: 'Waiting since', cell: ({ row }) => <Since iso={row.original.openedAt} /> }));
  } else if (view === 'closed') {
    cols.push(column.display({ id: 'updated', header: 'Closed', cell: ({ row }) => <Since iso={row.original.updatedAt} /> }));
  } else {
    cols.push(
      column.display({
        id: 'sla',
        header: 'SLA due',
        cell: ({ row }) => <SlaDueLabel target={nextSlaTarget(row.original)} startedAt={row.original.openedAt} breached={row.original.breached} />,
      }),
    );
  }
  // Every triage case was routed by nobody yet: the column would only repeat "Triage".
  if (!triage) cols.push(column.display({ id: 'routedBy', header: 'Routed by', cell: ({ row }) => <RoutedByChip by={row.original.routedBy} /> }));
  return cols;
}

/** The inbox's cases; a click anywhere on a row opens the case (the reference is the keyboard's way in). */
export function CasesTable({
  cases,
  selection,
  activeId,
  ...options
}: CasesTableOptions & { cases: CaseSummaryDto[]; selection?: CasesTableSelection; activeId?: string | null }) {
  const navigate = useNavigate();
  const { view, departments, showDepartment, hasModel } = options;
  const columns = useMemo(() => columnsFor({ view, departments, showDepartment, hasModel }), [view, departments, showDepartment, hasModel]);
  const table = useReactTable({ data: cases, columns, getCoreRowModel: getCoreRowModel(), getRowId: (c) => c.id });
  const activeRow = useRef<HTMLTableRowElement>(null);

  // The keyboard's row stays on screen as j/k move it (jsdom has no scrollIntoView).
  useEffect(() => {
    activeRow.current?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const open = (e: MouseEvent<HTMLTableRowElement>, id: string) => {
    // Links, buttons and checkboxes in the row handle their own clicks (and ctrl/middle clicks open new tabs).
    if ((e.target as HTMLElement).closest('a, button, input, label') || e.metaKey || e.ctrlKey || e.shiftKey) return;
    void navigate({ to: '/cases/$caseId', params: { caseId: id } });
  };
  const allSelected = selection !== undefined && cases.length > 0 && cases.every((c) => selection.selected.has(c.id));
  const someSelected = selection !== undefined && !allSelected && cases.some((c) => selection.selected.has(c.id));

  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full text-sm" aria-label="Cases">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} className="border-b border-zinc-100">
              {selection && (
                <th scope="col" className="w-8 py-2.5 pl-4">
                  <input
                    type="checkbox"
                    aria-label="Select all cases"
                    className="size-4 rounded border-zinc-300 accent-indigo-600"
                    checked={allSelected}
                    ref={(el) => {
                      if (el) el.indeterminate = someSelected;
                    }}
                    onChange={(e) => selection.onToggleAll(e.target.checked)}
                  />
                </th>
              )}
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className={cn(th, header.column.id !== 'case' && WIDE_ONLY)}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody className="divide-y divide-zinc-100">
          {table.getRowModel().rows.map((row) => (
            <tr
              key={row.id}
              ref={row.id === activeId ? activeRow : undefined}
              data-active={row.id === activeId ? 'true' : undefined}
              onClick={(e) => open(e, row.original.id)}
              className={cn(
                'cursor-pointer align-top hover:bg-zinc-50/70',
                row.original.breached && 'bg-red-50/30',
                selection?.selected.has(row.id) && 'bg-indigo-50/50',
                row.id === activeId && 'bg-indigo-50/70 shadow-[inset_3px_0_0_0_var(--color-indigo-500)]',
              )}
            >
              {selection && (
                <td className="w-8 py-3 pl-4">
                  <input
                    type="checkbox"
                    aria-label={`Select ${row.original.reference}`}
                    className="size-4 rounded border-zinc-300 accent-indigo-600"
                    checked={selection.selected.has(row.id)}
                    onChange={() => selection.onToggle(row.id)}
                  />
                </td>
              )}
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} className={cn('px-3 py-3 first:pl-4 last:pr-4', cell.column.id !== 'case' && cn('whitespace-nowrap', WIDE_ONLY))}>
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
