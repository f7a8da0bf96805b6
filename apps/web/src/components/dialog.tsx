import { X } from 'lucide-react';
import { Dialog as DialogPrimitive } from 'radix-ui';
import type { ReactNode } from 'react';
import { cn, focusRing } from './cn';

interface DialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  size?: 'sm' | 'md';
  /** Only the close button and the dialog's own buttons close it (not Esc or a click outside): for one-time secrets. */
  explicitClose?: boolean;
}

/** A centred modal with title, optional description and a close button (Radix handles focus and Esc). */
export function Dialog({ open, onOpenChange, title, description, children, size = 'md', explicitClose }: DialogProps) {
  return (
    <DialogPrimitive.Root open={open} onOpenChange={onOpenChange}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="animate-fade-in fixed inset-0 z-40 bg-zinc-950/40 backdrop-blur-[2px]" />
        <DialogPrimitive.Content
          className={cn(
            'animate-dialog-in fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[calc(100vw-2rem)] -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-xl bg-white p-6 shadow-xl ring-1 ring-zinc-200 outline-none',
            size === 'sm' ? 'max-w-sm' : 'max-w-lg',
          )}
          {...(description ? {} : { 'aria-describedby': undefined })}
          {...(explicitClose ? { onEscapeKeyDown: (e: Event) => e.preventDefault(), onInteractOutside: (e: Event) => e.preventDefault() } : {})}
        >
          <div className="mb-5 pr-8">
            <DialogPrimitive.Title className="text-base font-semibold text-zinc-900">{title}</DialogPrimitive.Title>
            {description && (
              <DialogPrimitive.Description className="mt-1 text-sm text-zinc-500">{description}</DialogPrimitive.Description>
            )}
          </div>
          {children}
          <DialogPrimitive.Close
            className={cn('absolute top-4 right-4 rounded-md p-1 text-zinc-400 hover:bg-zinc-100 hover:text-zinc-700', focusRing)}
            aria-label="Close"
          >
            <X aria-hidden className="size-4" />
          </DialogPrimitive.Close>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  );
}

export function DialogFooter({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end', className)}>{children}</div>;
}
