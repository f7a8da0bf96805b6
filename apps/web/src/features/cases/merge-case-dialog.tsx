import type { CaseDetailDto } from '@fullcircle/shared';
import { useState } from 'react';
import { useDebouncedValue } from '../../app/use-debounced-value';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { cn } from '../../components/cn';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toast';
import { customerName } from '../customers/customer-labels';
import { StatusBadge } from './case-chips';
import { useFindCases } from './hooks/use-find-cases';
import { useMergeCase } from './hooks/use-merge-case';

function MergeForm({ c, onDone }: { c: CaseDetailDto; onDone: () => void }) {
  const [q, setQ] = useState('');
  const [target, setTarget] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = useFindCases(useDebouncedValue(q.trim(), 250));
  const merge = useMergeCase(c.id);
  const toast = useToast();
  const candidates = (search.data?.cases ?? []).filter((x) => x.id !== c.id);
  const chosen = candidates.find((x) => x.id === target);

  const submit = () => {
    if (!target) return setError('choose the case this one duplicates');
    setError(null);
    merge.mutate(
      { intoCaseId: target },
      {
        onSuccess: () => {
          toast({ title: 'Case merged', description: chosen ? `Its messages are on ${chosen.reference} now.` : undefined, tone: 'success' });
          onDone();
        },
        onError: (err) => setError(errorMessage(err)),
      },
    );
  };

  return (
    <div className="space-y-4">
      {error && <Alert>{error}</Alert>}
      <TextField label="Find the case" type="search" placeholder="Reference (FC-…) or words" value={q} onChange={(e) => setQ(e.target.value)} autoFocus />
      {q.trim().length >= 2 && (
        <div role="radiogroup" aria-label="Cases" className="max-h-64 space-y-1 overflow-y-auto">
          {search.isPending ? (
            <p className="text-sm text-zinc-500">Searching…</p>
          ) : candidates.length === 0 ? (
            <p className="text-sm text-zinc-500">No other case you can see matches.</p>
          ) : (
            candidates.map((x) => (
              <label key={x.id} className={cn('flex cursor-pointer items-center gap-3 rounded-md px-3 py-2 text-sm ring-1 ring-inset', target === x.id ? 'bg-indigo-50 ring-indigo-300' : 'ring-zinc-200 hover:bg-zinc-50')}>
                <input type="radio" name="merge-target" value={x.id} checked={target === x.id} onChange={() => setTarget(x.id)} className="size-4 text-indigo-600" />
                <span className="font-mono text-xs font-semibold">{x.reference}</span>
                <StatusBadge status={x.status} />
                <span className="min-w-0 flex-1 truncate text-zinc-600">
                  {customerName(x.customer)} · {x.subject ?? x.excerpt}
                </span>
              </label>
            ))
          )}
        </div>
      )}
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button onClick={submit} loading={merge.isPending} disabled={!target}>
          Merge into {chosen?.reference ?? 'case'}
        </Button>
      </DialogFooter>
    </div>
  );
}

/** This case duplicates another: its conversation moves there and this one points to it. */
export function MergeCaseDialog({ c, open, onOpenChange }: { c: CaseDetailDto; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Merge duplicate" description={`${c.reference} is about the same thing as another case. Its messages move there.`}>
      {open && <MergeForm c={c} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
