import { X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';
import { cn, focusRing } from '../../components/cn';
import { controlClasses } from '../../components/text-field';

interface ChipsInputProps {
  label: string;
  values: string[];
  onChange: (values: string[]) => void;
  placeholder?: string;
}

/** Free-text values as chips: Enter (or comma) adds what was typed, × removes a chip. */
export function ChipsInput({ label, values, onChange, placeholder }: ChipsInputProps) {
  const [draft, setDraft] = useState('');
  const commit = () => {
    const value = draft.trim();
    if (value && !values.includes(value)) onChange([...values, value]);
    setDraft('');
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      e.preventDefault();
      commit();
    } else if (e.key === 'Backspace' && !draft && values.length > 0) {
      onChange(values.slice(0, -1));
    }
  };
  return (
    <div className="space-y-1.5">
      {values.length > 0 && (
        <ul className="flex flex-wrap gap-1.5" aria-label={`${label} values`}>
          {values.map((v) => (
            <li key={v} className="flex items-center gap-1 rounded-md bg-indigo-50 py-0.5 pr-1 pl-2 text-xs font-medium text-indigo-700 ring-1 ring-indigo-200">
              {v}
              <button type="button" className={cn('rounded p-0.5 hover:bg-indigo-100', focusRing)} aria-label={`Remove ${v}`} onClick={() => onChange(values.filter((x) => x !== v))}>
                <X aria-hidden className="size-3" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        aria-label={label}
        className={controlClasses}
        value={draft}
        placeholder={placeholder ?? 'Type and press Enter'}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={commit}
      />
    </div>
  );
}

interface ToggleChipsProps {
  label: string;
  options: readonly string[];
  values: string[];
  onChange: (values: string[]) => void;
}

/** A multi-select over a short fixed list: each option is a pressed/unpressed button. */
export function ToggleChips({ label, options, values, onChange }: ToggleChipsProps) {
  return (
    <div role="group" aria-label={label} className="flex flex-wrap gap-1.5">
      {options.map((o) => {
        const on = values.includes(o);
        return (
          <button
            key={o}
            type="button"
            aria-pressed={on}
            onClick={() => onChange(on ? values.filter((v) => v !== o) : [...values, o])}
            className={cn(
              'rounded-md px-2 py-1 text-xs font-medium ring-1',
              on ? 'bg-indigo-600 text-white ring-indigo-600' : 'bg-white text-zinc-700 ring-zinc-300 hover:bg-zinc-50',
              focusRing,
            )}
          >
            {o.replace('_', ' ')}
          </button>
        );
      })}
    </div>
  );
}
