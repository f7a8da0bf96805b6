import { ChevronDown } from 'lucide-react';
import { useId, type ReactNode, type Ref, type SelectHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses, describedBy, FieldChrome } from './text-field';

export interface SelectOption {
  value: string;
  label: string;
}

type NativeSelectProps = SelectHTMLAttributes<HTMLSelectElement> & { ref?: Ref<HTMLSelectElement>; options: readonly SelectOption[] };

/** A styled native select: accessible, keyboard-friendly and trivially scriptable. */
export function Select({ options, className, ...rest }: NativeSelectProps) {
  return (
    <div className="relative">
      <select className={cn(controlClasses, 'appearance-none pr-8', className)} {...rest}>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <ChevronDown aria-hidden className="pointer-events-none absolute top-1/2 right-2.5 size-4 -translate-y-1/2 text-zinc-500" />
    </div>
  );
}

export interface SelectFieldProps extends NativeSelectProps {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
}

export function SelectField({ label, error, hint, id, ...rest }: SelectFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldChrome id={fieldId} label={label} error={error} hint={hint}>
      <Select
        id={fieldId}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, error, hint)}
        {...rest}
      />
    </FieldChrome>
  );
}
