import { Search } from 'lucide-react';
import type { InputHTMLAttributes, ReactNode } from 'react';
import { cn } from './cn';
import { Input } from './text-field';

export interface SearchInputProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'value'> {
  value: string;
  onValueChange: (value: string) => void;
  /** Shown at the right end of the field, e.g. a spinner while results load. */
  trailing?: ReactNode;
  wrapperClassName?: string;
}

/** A search box with its magnifier icon; the caller names it with aria-label. */
export function SearchInput({ value, onValueChange, trailing, wrapperClassName, className, ...rest }: SearchInputProps) {
  return (
    <div className={cn('relative', wrapperClassName)}>
      <Search aria-hidden className="pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2 text-zinc-400" />
      <Input type="search" value={value} onChange={(e) => onValueChange(e.target.value)} className={cn('pl-8', className)} {...rest} />
      {trailing}
    </div>
  );
}
