import { useId } from 'react';
import { cn, focusRing } from '../../components/cn';
import { Select, type SelectOption } from '../../components/select-field';
import { describedBy, FieldChrome } from '../../components/text-field';
import { ROLE_LABELS } from '../../app/role-home';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useInitiativeOwners } from './hooks/use-initiative-owners';

/** The empty choice: nobody owns it yet. */
export const NO_OWNER = '';

interface OwnerFieldProps {
  value: string;
  onChange: (ownerId: string) => void;
  /** The owner it has now, offered even when they are no longer in the list (e.g. a member). */
  current?: { id: string; name: string } | null;
  error?: string;
}

/** "Owner": a labelled select of colleagues, with "I own this" as a one-click shortcut. */
export function OwnerField({ value, onChange, current, error }: OwnerFieldProps) {
  const id = useId();
  const me = useCurrentUser();
  const owners = useInitiativeOwners();
  const options: SelectOption[] = [{ value: NO_OWNER, label: owners.isPending ? 'Loading colleagues…' : 'No owner yet' }];
  const seen = new Set<string>();
  for (const o of owners.data ?? []) {
    seen.add(o.id);
    options.push({ value: o.id, label: `${o.name}${o.id === me.id ? ' (you)' : ''} · ${ROLE_LABELS[o.role]}` });
  }
  // Whoever is chosen stays choosable while the list loads or after they changed role.
  for (const extra of [current, { id: me.id, name: me.name }]) {
    if (extra && !seen.has(extra.id) && (extra.id === value || extra.id === current?.id)) {
      seen.add(extra.id);
      options.push({ value: extra.id, label: extra.id === me.id ? `${extra.name} (you)` : extra.name });
    }
  }
  const hint = owners.isError ? 'Could not load colleagues; you can still own it yourself.' : 'Who drives it and answers for it.';

  return (
    <FieldChrome
      id={id}
      label="Owner"
      error={error}
      hint={hint}
      labelAction={
        <button
          type="button"
          className={cn('rounded text-xs font-medium text-indigo-600 hover:text-indigo-500 disabled:cursor-default disabled:text-zinc-400', focusRing)}
          disabled={value === me.id}
          onClick={() => onChange(me.id)}
        >
          I own this
        </button>
      }
    >
      <Select id={id} options={options} value={value} onChange={(e) => onChange(e.target.value)} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, error, hint)} />
    </FieldChrome>
  );
}
