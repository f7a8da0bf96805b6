import { useId, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';
import { cn } from './cn';
import { controlClasses, describedBy, FieldChrome } from './text-field';

export interface TextareaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  ref?: Ref<HTMLTextAreaElement>;
}

export function TextareaField({ label, error, hint, id, className, rows = 3, ...rest }: TextareaFieldProps) {
  const autoId = useId();
  const fieldId = id ?? autoId;
  return (
    <FieldChrome id={fieldId} label={label} error={error} hint={hint}>
      <textarea
        id={fieldId}
        rows={rows}
        className={cn(controlClasses, 'resize-y', className)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(fieldId, error, hint)}
        {...rest}
      />
    </FieldChrome>
  );
}
