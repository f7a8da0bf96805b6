import { CircleAlert, Info } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

interface AlertProps {
  tone?: 'error' | 'info';
  title?: string;
  children: ReactNode;
  className?: string;
}

/** Errors are announced (role="alert"); informational notes are not. */
export function Alert({ tone = 'error', title, children, className }: AlertProps) {
  const Icon = tone === 'error' ? CircleAlert : Info;
  return (
    <div
      role={tone === 'error' ? 'alert' : 'note'}
      className={cn(
        'flex gap-3 rounded-md px-3 py-2.5 text-sm',
        tone === 'error' ? 'bg-red-50 text-red-800 ring-1 ring-red-200' : 'bg-indigo-50 text-indigo-900 ring-1 ring-indigo-100',
        className,
      )}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>
        {title && <p className="font-medium">{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  );
}
