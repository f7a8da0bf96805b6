import { useEffect, useState } from 'react';

interface InboxKeyboardOptions {
  ids: readonly string[];
  onOpen: (id: string) => void;
  onToggle?: (id: string) => void;
  onSearch: () => void;
}

/** Where typing belongs to a field or an open dialog, the inbox's letters stay letters. */
function typingSomewhere(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.closest('input, textarea, select, [contenteditable="true"], [role="dialog"], [role="menu"]')) return true;
  return document.querySelector('[role="dialog"]') !== null;
}

/**
 * j/k or ↓/↑ move a highlighted row, Enter opens it, x selects it, / jumps to the search.
 * Returns the highlighted case's id (null until a key moves it).
 */
export function useInboxKeyboard({ ids, onOpen, onToggle, onSearch }: InboxKeyboardOptions): string | null {
  const [activeId, setActiveId] = useState<string | null>(null);
  // The highlight follows its case when the list refreshes; a case that left the list drops it.
  const current = activeId !== null && ids.includes(activeId) ? activeId : null;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.metaKey || e.ctrlKey || e.altKey || typingSomewhere(e.target)) return;
      const index = current === null ? -1 : ids.indexOf(current);
      const move = (to: number) => {
        if (ids.length === 0) return;
        e.preventDefault();
        setActiveId(ids[Math.max(0, Math.min(ids.length - 1, to))]);
      };
      switch (e.key) {
        case 'j':
        case 'ArrowDown':
          move(index + 1);
          break;
        case 'k':
        case 'ArrowUp':
          move(index === -1 ? 0 : index - 1);
          break;
        case 'Enter':
          if (current !== null && !(e.target instanceof HTMLElement && e.target.closest('a, button'))) {
            e.preventDefault();
            onOpen(current);
          }
          break;
        case 'x':
          if (current !== null && onToggle) {
            e.preventDefault();
            onToggle(current);
          }
          break;
        case '/':
          e.preventDefault();
          onSearch();
          break;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ids, current, onOpen, onToggle, onSearch]);

  return current;
}
