import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { cn } from '../../components/cn';
import { controlClasses, describedBy, FieldChrome } from '../../components/text-field';
import { useMentionable } from './hooks/use-mentionable';

export interface Mention {
  id: string;
  name: string;
}

/** The "@word" being typed right before the caret, if any. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const match = /(^|\s)@([\p{L}\p{N}._'-]*)$/u.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[2].length - 1, query: match[2] };
}

interface MentionTextareaProps {
  caseId: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Colleagues picked from the list; the note sends those whose @Name is still in the text. */
  onMention: (mention: Mention) => void;
  error?: string;
  hint?: string;
  placeholder?: string;
}

/** A textarea where "@" opens a list of colleagues on the case; picking one writes @Name and remembers who. */
export function MentionTextarea({ caseId, label, value, onChange, onMention, error, hint, placeholder }: MentionTextareaProps) {
  const id = useId();
  const listId = `${id}-mentions`;
  const ref = useRef<HTMLTextAreaElement>(null);
  const [typing, setTyping] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(typing?.query ?? '', 150);
  const people = useMentionable(caseId, query, { enabled: typing !== null });
  const options = typing ? (people.data ?? []).slice(0, 8) : [];
  const open = typing !== null && options.length > 0;

  const track = (text: string, caret: number) => {
    const next = mentionAt(text, caret);
    setTyping(next);
    if (next?.query !== typing?.query) setActive(0);
  };

  const pick = (person: Mention) => {
    if (!typing) return;
    const caret = typing.start + 1 + typing.query.length;
    const inserted = `@${person.name} `;
    const next = value.slice(0, typing.start) + inserted + value.slice(caret);
    onChange(next);
    onMention({ id: person.id, name: person.name });
    setTyping(null);
    const at = typing.start + inserted.length;
    requestAnimationFrame(() => ref.current?.setSelectionRange(at, at));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!open) return;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if ((e.key === 'Enter' && !e.ctrlKey && !e.metaKey) || e.key === 'Tab') {
      e.preventDefault();
      e.stopPropagation();
      pick(options[Math.min(active, options.length - 1)]);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      setTyping(null);
    }
  };

  return (
    <FieldChrome id={id} label={label} error={error} hint={hint}>
      <div className="relative">
        <textarea
          ref={ref}
          id={id}
          rows={4}
          value={value}
          placeholder={placeholder}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={open}
          aria-controls={open ? listId : undefined}
          aria-activedescendant={open ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className={cn(controlClasses, 'resize-y')}
          onChange={(e) => {
            onChange(e.target.value);
            track(e.target.value, e.target.selectionStart ?? e.target.value.length);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTyping(null)}
        />
        {open && (
          <ul id={listId} role="listbox" aria-label="Colleagues" className="absolute z-20 mt-1 max-h-60 w-72 overflow-auto rounded-md bg-white py-1 text-sm shadow-lg ring-1 ring-zinc-200">
            {options.map((person, index) => (
              <li
                key={person.id}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={cn('flex cursor-pointer items-baseline justify-between gap-3 px-3 py-1.5', index === active ? 'bg-indigo-50 text-indigo-900' : 'text-zinc-800')}
                // mousedown, not click: the textarea keeps focus (and its blur does not close the list first)
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(person);
                }}
                onMouseEnter={() => setActive(index)}
              >
                <span className="font-medium">{person.name}</span>
                <span className="truncate text-xs text-zinc-500">{person.seesCase ? person.department : 'gets access by the mention'}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </FieldChrome>
  );
}
