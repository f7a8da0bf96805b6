import { CircleAlert, CircleCheck, X } from 'lucide-react';
import { Toast } from 'radix-ui';
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { cn } from './cn';

export interface ToastInput {
  title: string;
  description?: string;
  tone?: 'success' | 'error';
}

interface ToastItem extends ToastInput {
  id: number;
}

const ToastContext = createContext<((toast: ToastInput) => void) | null>(null);

let nextId = 1;

/** Success and failure notices for mutations, bottom-right, dismissed after a few seconds. */
export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const push = useCallback((toast: ToastInput) => setToasts((all) => [...all, { ...toast, id: nextId++ }]), []);
  const remove = (id: number) => setToasts((all) => all.filter((t) => t.id !== id));
  const value = useMemo(() => push, [push]);

  return (
    <ToastContext.Provider value={value}>
      <Toast.Provider swipeDirection="right" duration={5000}>
        {children}
        {toasts.map((t) => {
          const Icon = t.tone === 'error' ? CircleAlert : CircleCheck;
          return (
            <Toast.Root
              key={t.id}
              type={t.tone === 'error' ? 'foreground' : 'background'}
              onOpenChange={(open) => !open && remove(t.id)}
              className="animate-toast-in flex items-start gap-3 rounded-lg bg-white p-4 shadow-lg ring-1 ring-zinc-200"
            >
              <Icon aria-hidden className={cn('mt-0.5 size-5 shrink-0', t.tone === 'error' ? 'text-red-600' : 'text-emerald-600')} />
              <div className="min-w-0 flex-1">
                <Toast.Title className="text-sm font-medium text-zinc-900">{t.title}</Toast.Title>
                {t.description && <Toast.Description className="mt-0.5 text-sm text-zinc-600">{t.description}</Toast.Description>}
              </div>
              <Toast.Close aria-label="Dismiss" className="rounded p-0.5 text-zinc-400 hover:text-zinc-700">
                <X aria-hidden className="size-4" />
              </Toast.Close>
            </Toast.Root>
          );
        })}
        <Toast.Viewport className="fixed right-0 bottom-0 z-[60] flex w-full max-w-sm flex-col gap-2 p-4 outline-none" />
      </Toast.Provider>
    </ToastContext.Provider>
  );
}

export function useToast(): (toast: ToastInput) => void {
  const push = useContext(ToastContext);
  if (!push) throw new Error('useToast must be used inside <ToastProvider>');
  return push;
}
