import { Check } from 'lucide-react';
import { useId } from 'react';
import { cn } from './cn';

export interface CheckboxOption {
  value: string;
  label: string;
  description?: string;
}

interface CheckboxGroupProps {
  legend: string;
  options: readonly CheckboxOption[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
  hint?: string;
  emptyText?: string;
}

/** A labelled group of checkboxes for picking several values (e.g. departments). */
export function CheckboxGroup({ legend, options, value, onChange, error, hint, emptyText }: CheckboxGroupProps) {
  const id = useId();
  const toggle = (v: string, checked: boolean) =>
    onChange(checked ? [...value, v] : value.filter((x) => x !== v));

  return (
    <fieldset className="space-y-1.5" aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}>
      <legend className="text-sm font-medium text-zinc-800">{legend}</legend>
      {options.length === 0 ? (
        <p className="rounded-md border border-dashed border-zinc-300 px-3 py-2 text-sm text-zinc-500">{emptyText ?? 'Nothing to choose from yet.'}</p>
      ) : (
        <div className="max-h-48 divide-y divide-zinc-100 overflow-y-auto rounded-md ring-1 ring-zinc-300">
          {options.map((option, index) => {
            const checked = value.includes(option.value);
            const descriptionId = option.description ? `${id}-d${index}` : undefined;
            return (
              <label
                key={option.value}
                className="flex cursor-pointer items-start gap-3 px-3 py-2 text-sm hover:bg-zinc-50 has-[:focus-visible]:bg-indigo-50"
              >
                <span className="relative mt-0.5 flex size-4 shrink-0 items-center justify-center">
                  <input
                    type="checkbox"
                    className="peer size-4 cursor-pointer appearance-none rounded border border-zinc-300 bg-white checked:border-indigo-600 checked:bg-indigo-600 focus-visible:outline-none focus-visible:ring-2 focus-visible:ring-indigo-500 focus-visible:ring-offset-1"
                    checked={checked}
                    // The name alone, so "Support" finds the box; the description is read as a description.
                    aria-label={option.label}
                    aria-describedby={descriptionId}
                    onChange={(e) => toggle(option.value, e.target.checked)}
                  />
                  <Check aria-hidden className={cn('pointer-events-none absolute size-3 text-white', !checked && 'hidden')} strokeWidth={3} />
                </span>
                <span>
                  <span className="font-medium text-zinc-900">{option.label}</span>
                  {option.description && (
                    <span id={descriptionId} className="block text-xs text-zinc-500">
                      {option.description}
                    </span>
                  )}
                </span>
              </label>
            );
          })}
        </div>
      )}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600">{error}</p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">{hint}</p>
      ) : null}
    </fieldset>
  );
}
