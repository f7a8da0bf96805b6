import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { cn, focusRing } from '../../components/cn';
import { Logo } from '../../components/logo';
import { portalSignInHref } from './board-labels';

/**
 * The public board's frame: no staff chrome, a skip link as the first tab stop, and a header
 * offering the portal sign-in (or the portal itself once a customer is signed in).
 */
export function BoardLayout({ signedIn, returnTo, children }: { signedIn: boolean | undefined; returnTo: string; children: ReactNode }) {
  return (
    <div className="min-h-dvh bg-gradient-to-b from-indigo-50/70 via-zinc-50 to-zinc-50">
      <a
        href="#board-main"
        className={cn(
          'sr-only rounded-md bg-white px-3 py-2 text-sm font-medium text-indigo-700 shadow focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50',
          focusRing,
        )}
      >
        Skip to content
      </a>
      <header className="border-b border-zinc-200 bg-white/80">
        <div className="mx-auto flex max-w-4xl items-center justify-between gap-4 px-4 py-3 sm:px-6">
          <Link to="/board" className={cn('flex items-center gap-3 rounded-md', focusRing)} aria-label="Public board: all initiatives">
            <Logo />
            <span className="hidden text-sm text-zinc-500 sm:inline">Public board</span>
          </Link>
          {signedIn === undefined ? null : signedIn ? (
            <a href="/portal" className={cn('rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:text-indigo-600', focusRing)}>
              My portal
            </a>
          ) : (
            <a href={portalSignInHref(returnTo)} className={cn('rounded-md px-2 py-1 text-sm font-medium text-indigo-700 hover:text-indigo-600', focusRing)}>
              Sign in to vote
            </a>
          )}
        </div>
      </header>
      <main id="board-main" tabIndex={-1} className="mx-auto max-w-4xl px-4 py-8 outline-none sm:px-6">
        {children}
      </main>
      <p className="pb-8 text-center text-xs text-zinc-400">Powered by Fullcircle</p>
    </div>
  );
}
