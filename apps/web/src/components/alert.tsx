import { CircleAlert, Info, TriangleAlert } from 'lucide-react';
import type { ReactNode } from 'react';
import { cn } from './cn';

interface AlertProps {
  tone?: 'error' | 'info' | 'warning';
  title?: string;
  children: ReactNode;
  className?: string;
}

const TONES = {
  error: { icon: CircleAlert, classes: 'bg-red-50 text-red-800 ring-1 ring-red-200' },
  info: { icon: Info, classes: 'bg-indigo-50 text-indigo-900 ring-1 ring-indigo-100' },
  warning: { icon: TriangleAlert, classes: 'bg-amber-50 text-amber-900 ring-1 ring-amber-200' },
};

/** Errors are announced (role="alert"); informational notes and warnings are not. */
export function Alert({ tone = 'error', title, children, className }: AlertProps) {
  const Icon = TONES[tone].icon;
  return (
    <div
      role={tone === 'error' ? 'alert' : 'note'}
      className={cn('flex gap-3 rounded-md px-3 py-2.5 text-sm', TONES[tone].classes, className)}
    >
      <Icon aria-hidden className="mt-0.5 size-4 shrink-0" />
      <div>
        {title && <p className="font-medium">{title}</p>}
        <div>{children}</div>
      </div>
    </div>
  );
}
