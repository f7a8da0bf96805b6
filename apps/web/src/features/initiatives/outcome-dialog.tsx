import { useState } from 'react';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useUpdateInitiative } from './hooks/use-update-initiative';

const COPY = {
  shipped: {
    title: 'Ship initiative',
    description: 'Everyone who asked for this (linked customers, voters and followers who agreed to updates) gets this message in their channel, once.',
    label: 'What changed',
    placeholder: 'e.g. Every bag now carries a tracker you can follow from the app.',
    submit: 'Ship and tell customers',
    toast: 'Shipped: customers are being told',
  },
  declined: {
    title: 'Decline initiative',
    description: 'Everyone who asked for this and agreed to updates hears why not, in their channel, once.',
    label: 'Why not',
    placeholder: 'e.g. Trackers are not allowed in the hold on most of our routes yet.',
    submit: 'Decline and tell customers',
    toast: 'Declined: customers are being told',
  },
} as const;

/** Ship or decline: the message is required, it is what customers read. */
export function OutcomeDialog({ initiativeId, outcome, onClose }: { initiativeId: string; outcome: 'shipped' | 'declined' | null; onClose: () => void }) {
  return (
    <Dialog open={outcome !== null} onOpenChange={(open) => !open && onClose()} title={outcome ? COPY[outcome].title : ''} description={outcome ? COPY[outcome].description : undefined}>
      {outcome && <OutcomeForm initiativeId={initiativeId} outcome={outcome} onClose={onClose} />}
    </Dialog>
  );
}

function OutcomeForm({ initiativeId, outcome, onClose }: { initiativeId: string; outcome: 'shipped' | 'declined'; onClose: () => void }) {
  const copy = COPY[outcome];
  const update = useUpdateInitiative(initiativeId);
  const toast = useToast();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (note.trim().length < 10) return setError('tell customers what happened, in at least 10 characters');
    setError(undefined);
    update.mutate(
      { status: outcome, outcomeNote: note.trim() },
      {
        onSuccess: () => {
          toast({ title: copy.toast, tone: 'success' });
          onClose();
        },
        onError: (err) => setFormError(applyApiErrors<{ outcomeNote: string }>(err, (_f, e2) => setError(e2.message), ['outcomeNote'])),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextareaField label={copy.label} placeholder={copy.placeholder} rows={4} value={note} onChange={(e) => setNote(e.target.value)} error={error} hint="Sent to customers, in their name and language template." />
      <DialogFooter>
        <Button variant="secondary" onClick={onClose}>
          Cancel
        </Button>
        <Button type="submit" variant={outcome === 'declined' ? 'danger' : 'primary'} loading={update.isPending}>
          {copy.submit}
        </Button>
      </DialogFooter>
    </form>
  );
}
