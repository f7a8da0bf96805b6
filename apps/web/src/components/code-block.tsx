import { Check, Copy } from 'lucide-react';
import { useRef, useState } from 'react';
import { cn, focusRing } from './cn';

/** A block of code or a command with a copy button; falls back to selecting the text where the clipboard API is unavailable. */
export function CodeBlock({ label, code, className }: { label: string; code: string; className?: string }) {
  const pre = useRef<HTMLPreElement>(null);
  const [copied, setCopied] = useState(false);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      const selection = window.getSelection();
      if (pre.current && selection) selection.selectAllChildren(pre.current);
    }
  };

  return (
    <figure className={cn('overflow-hidden rounded-lg bg-zinc-950 ring-1 ring-zinc-800', className)}>
      <figcaption className="flex items-center justify-between gap-2 border-b border-zinc-800 py-1.5 pr-1.5 pl-3">
        <span className="text-xs font-medium text-zinc-400">{label}</span>
        {/* Not <Button>: its variants are drawn for light surfaces. */}
        <button
          type="button"
          onClick={copy}
          aria-label={copied ? 'Copied' : `Copy ${label.toLowerCase()}`}
          className={cn(
            'inline-flex h-7 items-center gap-1.5 rounded-md px-2 text-xs font-medium text-zinc-200 transition-colors hover:bg-zinc-800 hover:text-white',
            focusRing,
            'focus-visible:ring-offset-zinc-950',
          )}
        >
          {copied ? <Check aria-hidden className="size-3.5 text-emerald-400" /> : <Copy aria-hidden className="size-3.5" />}
          {copied ? 'Copied' : 'Copy'}
        </button>
      </figcaption>
      <pre ref={pre} className="overflow-x-auto p-3 font-mono text-xs leading-relaxed text-zinc-100">
        <code>{code}</code>
      </pre>
    </figure>
  );
}
