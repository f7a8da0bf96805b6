import { useId, type InputHTMLAttributes, type ReactNode, type Ref } from 'react';
import { cn, focusRing } from './cn';

export const controlClasses = cn(
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 placeholder:text-zinc-400',
  'focus-visible:ring-2 focus-visible:ring-inset focus-visible:ring-indigo-500 outline-none',
  'disabled:cursor-not-allowed disabled:bg-zinc-50 disabled:text-zinc-500',
  'aria-[invalid=true]:ring-red-400 aria-[invalid=true]:focus-visible:ring-red-500',
);

export interface FieldChromeProps {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: ReactNode;
  labelAction?: ReactNode;
}

/** Label, control, hint and error in one consistent block. */
export function FieldChrome({ id, label, error, hint, children, labelAction }: FieldChromeProps) {
  return (
    <div className="space-y-1.5">
      <div className="flex items-center justify-between">
        <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
          {label}
        </label>
        {labelAction}
      </div>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-sm text-red-600">
          {error}
        </p>
      ) : hint ? (
        <p id={`${id}-hint`} className="text-xs text-zinc-500">
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, error?: string, hint?: ReactNode): string | undefined {
  if (error) return `${id}-error`;
  if (hint) return `${id}-hint`;
  return undefined;
}

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  labelAction?: ReactNode;
  ref?: Ref<HTMLInputElement>;
}

export function TextField({ label, error, hint, labelAction, id, className, ...rest }: TextFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldChrome id={fieldId} label={label} error={error} hint={hint} labelAction={labelAction}>
      <input
        id={fieldId}
        className={cn(controlClasses, className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, error, hint)}
        {...rest}
      />
    </FieldChrome>
  );
}

export function Input({ className, ref, ...rest }: InputHTMLAttributes<HTMLInputElement> & { ref?: Ref<HTMLInputElement> }) {
  return <input ref={ref} className={cn(controlClasses, className)} {...rest} />;
}

export { focusRing };
