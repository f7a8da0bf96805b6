import { saveViewRequestSchema } from '@fullcircle/shared';
import { Bookmark, BookmarkPlus, X } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { cn } from '../../components/cn';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toast';
import { useDeleteSavedView, useSavedViews, useSaveView } from './hooks/use-saved-views';
import { fromViewQuery, sameView, toViewQuery, type InboxSearch } from './inbox-search';

function SaveViewDialog({ search, open, onOpenChange }: { search: InboxSearch; open: boolean; onOpenChange: (open: boolean) => void }) {
  const save = useSaveView();
  const toast = useToast();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = saveViewRequestSchema.safeParse({ name, query: toViewQuery(search) });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.path[0] === 'name' ? 'give the view a name' : (parsed.error.issues[0]?.message ?? 'check the view'));
      return;
    }
    save.mutate(parsed.data, {
      onSuccess: (view) => {
        toast({ title: `View “${view.name}” saved`, tone: 'success' });
        setName('');
        setError(null);
        onOpenChange(false);
      },
      onError: (err) => setError(err instanceof ApiRequestError ? (err.issues.find((i) => i.field === 'name')?.message ?? err.message) : errorMessage(err)),
    });
  };

  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Save this view" description="Keeps the current tab, filters, search and sort under a name, just for you." size="sm">
      <form onSubmit={submit} noValidate>
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={error ?? undefined} autoFocus maxLength={80} />
        <DialogFooter>
          <Button variant="secondary" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            Save view
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

// Inside a pill, an offset ring would float away from it.
const chipFocus = 'outline-none focus-visible:ring-2 focus-visible:ring-indigo-500';

/** Saved views as chips above the filters: one click restores a set of filters; "Save view" keeps the current one. */
export function InboxSavedViews({ search, onApply, canSave }: { search: InboxSearch; onApply: (search: InboxSearch) => void; canSave: boolean }) {
  const views = useSavedViews();
  const remove = useDeleteSavedView();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const list = views.data ?? [];
  const current = list.find((v) => sameView(search, v.query));

  return (
    <div className="flex flex-wrap items-center gap-2 border-b border-zinc-100 px-3 py-2" aria-label="Saved views" role="group">
      <Bookmark aria-hidden className="size-4 text-zinc-400" />
      {views.isError && <Alert className="py-1 text-xs">Could not load saved views</Alert>}
      {list.length === 0 && !views.isPending && !views.isError && <span className="text-xs text-zinc-500">No saved views yet</span>}
      {list.map((view) => {
        const active = view.id === current?.id;
        return (
          <span
            key={view.id}
            className={cn(
              'inline-flex items-center rounded-full text-xs font-medium ring-1 ring-inset',
              active ? 'bg-indigo-50 text-indigo-700 ring-indigo-200' : 'bg-white text-zinc-700 ring-zinc-200 hover:bg-zinc-50',
            )}
          >
            <button type="button" aria-pressed={active} className={cn('rounded-l-full py-1 pr-1 pl-2.5', chipFocus)} onClick={() => onApply(fromViewQuery(view.query))}>
              {view.name}
            </button>
            <button
              type="button"
              aria-label={`Delete view ${view.name}`}
              className={cn('rounded-r-full py-1 pr-2 pl-1 text-zinc-400 hover:text-red-600', chipFocus)}
              disabled={remove.isPending}
              onClick={() =>
                remove.mutate(view.id, {
                  onSuccess: () => toast({ title: `View “${view.name}” deleted`, tone: 'success' }),
                  onError: (err) => toast({ title: 'Could not delete the view', description: errorMessage(err), tone: 'error' }),
                })
              }
            >
              <X aria-hidden className="size-3" />
            </button>
          </span>
        );
      })}
      {canSave && !current && (
        <Button variant="ghost" size="sm" className="ml-auto" onClick={() => setSaving(true)}>
          <BookmarkPlus aria-hidden className="size-4" />
          Save view
        </Button>
      )}
      <SaveViewDialog search={search} open={saving} onOpenChange={setSaving} />
    </div>
  );
}
