import { useState } from 'react';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { usePublishIncidentUpdate } from './hooks/use-publish-incident-update';

/** One status message to every affected customer of an incident, each told once, in their channel. */
export function IncidentUpdateDialog({ initiativeId, open, onOpenChange }: { initiativeId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Post an incident update" description="Every affected customer who has not withdrawn consent gets it once, in their channel; their cases show it too.">
      {open && <UpdateForm initiativeId={initiativeId} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}

function UpdateForm({ initiativeId, onDone }: { initiativeId: string; onDone: () => void }) {
  const publish = usePublishIncidentUpdate(initiativeId);
  const toast = useToast();
  const [message, setMessage] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    if (message.trim().length < 10) return setError('write at least 10 characters');
    setError(undefined);
    publish.mutate(
      { message: message.trim() },
      {
        onSuccess: () => {
          toast({ title: 'Update posted: customers are being told', tone: 'success' });
          onDone();
        },
        onError: (err) => setFormError(applyApiErrors<{ message: string }>(err, (_f, e2) => setError(e2.message), ['message'])),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextareaField label="Update" rows={4} placeholder="e.g. Flights resume at 6am; rebooked passengers get a text with their new seat." value={message} onChange={(e) => setMessage(e.target.value)} error={error} />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={publish.isPending}>
          Post and tell customers
        </Button>
      </DialogFooter>
    </form>
  );
}
