import type { LinkFromSearchRequest, LinkInitiativeRequest } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { useToast } from '../../components/toast';
import { useInitiatives } from './hooks/use-initiatives';
import { useLinkInitiative } from './hooks/use-link-initiative';
import { STATUS_META } from './initiative-labels';

export type LinkTarget = { items: LinkInitiativeRequest } | { search: LinkFromSearchRequest };

/** Pick an initiative and link the case's items, or every item the inbox search finds. */
export function LinkToInitiativeDialog({ open, onOpenChange, target, what }: { open: boolean; onOpenChange: (open: boolean) => void; target: LinkTarget; what: string }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Link to initiative" description={`Links ${what}. Linking twice changes nothing.`}>
      {open && <LinkForm target={target} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function LinkForm({ target, onDone }: { target: LinkTarget; onDone: () => void }) {
  const initiatives = useInitiatives({ limit: 200 });
  const link = useLinkInitiative();
  const toast = useToast();
  const [initiativeId, setInitiativeId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);
  const open = (initiatives.data?.initiatives ?? []).filter((i) => i.status !== 'declined');

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (!initiativeId) return setError('choose an initiative');
    setError(undefined);
    link.mutate(
      { initiativeId, ...target },
      {
        onSuccess: (result) => {
          toast({ title: result.linked === 0 ? 'Already linked' : `${result.linked} item${result.linked === 1 ? '' : 's'} linked`, description: `${result.voices} ${result.voices === 1 ? 'voice' : 'voices'} behind it now.`, tone: 'success' });
          onDone();
        },
        onError: (err) => setFormError(errorMessage(err)),
      },
    );
  };

  if (initiatives.isPending) return <p className="text-sm text-zinc-500">Loading initiatives…</p>;
  if (initiatives.isError) return <Alert>{errorMessage(initiatives.error)}</Alert>;
  if (open.length === 0)
    return (
      <p className="text-sm text-zinc-600">
        No initiative to link to yet.{' '}
        <Link to="/initiatives" className="font-medium text-indigo-700 underline">
          Create one
        </Link>{' '}
        first.
      </p>
    );

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <SelectField
        label="Initiative"
        value={initiativeId}
        onChange={(e) => setInitiativeId(e.target.value)}
        error={error}
        options={[{ value: '', label: 'Choose…' }, ...open.map((i) => ({ value: i.id, label: `${i.title} (${STATUS_META[i.status].label}, ${i.voices} voices)` }))]}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={link.isPending}>
          Link
        </Button>
      </DialogFooter>
    </form>
  );
}
