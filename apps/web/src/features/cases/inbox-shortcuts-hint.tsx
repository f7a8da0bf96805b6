import { Keyboard } from 'lucide-react';

const Key = ({ children }: { children: string }) => (
  <kbd className="rounded border border-zinc-200 bg-white px-1 font-mono text-[11px] text-zinc-600 shadow-[0_1px_0_0_var(--color-zinc-200)]">{children}</kbd>
);

/** The inbox's keyboard, said once under the list (wide screens only: phones have no keys). */
export function InboxShortcutsHint({ canSelect }: { canSelect: boolean }) {
  return (
    <p className="flex flex-wrap items-center gap-x-3 gap-y-1 border-t border-zinc-100 px-4 py-2 text-xs text-zinc-500 max-md:hidden" aria-label="Keyboard shortcuts">
      <span className="flex items-center gap-1 font-medium text-zinc-600">
        <Keyboard aria-hidden className="size-3.5" />
        Keyboard shortcuts
      </span>
      <span>
        <Key>j</Key> <Key>k</Key> move
      </span>
      <span>
        <Key>Enter</Key> open
      </span>
      {canSelect && (
        <span>
          <Key>x</Key> select
        </span>
      )}
      <span>
        <Key>/</Key> search
      </span>
    </p>
  );
}
