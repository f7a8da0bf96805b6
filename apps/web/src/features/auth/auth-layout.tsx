import type { ReactNode } from 'react';
import { Logo } from '../../components/logo';

/** The frame of the signed-out pages: logo, a centred card and a one-line promise. */
export function AuthLayout({ title, subtitle, children, footer }: { title: string; subtitle?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="flex min-h-full flex-col items-center justify-center bg-gradient-to-b from-indigo-50/70 via-zinc-50 to-zinc-50 px-4 py-12">
      <div className="w-full max-w-sm">
        <div className="mb-8 flex justify-center">
          <Logo />
        </div>
        <div className="rounded-xl bg-white p-8 shadow-sm ring-1 ring-zinc-200">
          <h1 className="text-lg font-semibold tracking-tight text-zinc-900">{title}</h1>
          {subtitle && <p className="mt-1 text-sm text-zinc-500">{subtitle}</p>}
          <div className="mt-6">{children}</div>
        </div>
        {footer && <div className="mt-6">{footer}</div>}
        <p className="mt-8 text-center text-xs text-zinc-400">Every piece of feedback, followed through to action.</p>
      </div>
    </div>
  );
}
