import { cn, focusRing } from '../../components/cn';
import { targetTypeLabel } from './audit-lookup';

interface AuditTargetFilterProps {
  types: readonly string[];
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

const segment = (active: boolean) =>
  cn(
    'rounded-md px-3 py-1 text-sm font-medium transition-colors',
    focusRing,
    active ? 'bg-white text-zinc-900 shadow-sm' : 'text-zinc-600 hover:text-zinc-900',
  );

/** All, Users, Departments, …: one button per target type the log has shown. */
export function AuditTargetFilter({ types, value, onChange }: AuditTargetFilterProps) {
  const options = [{ value: undefined, label: 'All' }, ...types.map((t) => ({ value: t, label: targetTypeLabel(t, 'many') }))];
  return (
    <div role="group" aria-label="Filter by target" className="inline-flex flex-wrap gap-1 rounded-lg bg-zinc-100 p-1">
      {options.map((option) => (
        <button
          key={option.value ?? ''}
          type="button"
          aria-pressed={option.value === value}
          className={segment(option.value === value)}
          onClick={() => onChange(option.value)}
        >
          {option.label}
        </button>
      ))}
    </div>
  );
}
