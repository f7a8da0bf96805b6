import type { ReactNode } from 'react';
import { cn, focusRing } from '../../components/cn';
import { Logo } from '../../components/logo';

/**
 * The customer portal's frame: no staff chrome, a skip link as the first tab stop, and the
 * customer's own actions (sign out) in the header once signed in.
 */
export function PortalLayout({ actions, width = 'wide', children }: { actions?: ReactNode; width?: 'narrow' | 'wide'; children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-gradient-to-b from-indigo-50/70 via-zinc-50 to-zinc-50">
      <a
        href="#portal-main"
        className={cn(
          'sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-700 shadow focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50',
          focusRing,
        )}
      >
        Skip to content
      </a>
      <header className="border-b border-zinc-200 bg-white/80">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <a href="/portal" className={cn('flex items-center gap-3 rounded-md', focusRing)} aria-label="Your portal: home">
            <Logo />
            <span className="hidden text-sm text-zinc-500 sm:inline">Your portal</span>
          </a>
          <div className="flex items-center gap-2">
            <a href="/board" className={cn('rounded-md px-2 py-1 text-sm font-medium text-zinc-600 hover:text-zinc-900', focusRing)}>
              Public board
            </a>
            {actions}
          </div>
        </div>
      </header>
      <main id="portal-main" tabIndex={-1} className={cn('mx-auto px-4 py-8 outline-none sm:px-6', width === 'narrow' ? 'max-w-md' : 'max-w-4xl')}>
        {children}
      </main>
      <p className="pb-8 text-center text-xs text-zinc-400">Powered by Fullcircle</p>
    </div>
  );
}

export function PortalPanel({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={cn('rounded-2xl bg-white p-5 shadow-sm ring-1 ring-zinc-200 sm:p-8', className)}>{children}</div>;
}
