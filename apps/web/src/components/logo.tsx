import { cn } from './cn';

export function Logo({ className, nameClassName }: { className?: string; nameClassName?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-2', className)}>
      <svg aria-hidden viewBox="0 0 32 32" className="size-7">
        <rect width="32" height="32" rx="8" className="fill-indigo-600" />
        <circle cx="16" cy="16" r="8" fill="none" stroke="white" strokeWidth="3" />
        <circle cx="24" cy="16" r="2.5" fill="white" />
      </svg>
      <span className={cn('text-[15px] font-semibold tracking-tight text-zinc-900', nameClassName)}>Fullcircle</span>
    </span>
  );
}
