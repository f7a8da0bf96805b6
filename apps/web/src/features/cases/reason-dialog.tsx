import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextareaField } from '../../components/textarea-field';

interface ReasonDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: string;
  confirmLabel: string;
  /** Required reasons say so; optional ones are left out of the request when empty. */
  required: boolean;
  placeholder?: string;
  pending: boolean;
  onSubmit: (reason: string | undefined, handlers: { onSuccess: () => void; onError: (error: unknown) => void }) => void;
}

const schemaFor = (required: boolean) =>
  z.object({ reason: required ? z.string().trim().min(3, 'say why, in a few words').max(500) : z.string().trim().max(500) });

function ReasonForm({ required, placeholder, confirmLabel, pending, onSubmit, onDone }: Omit<ReasonDialogProps, 'open' | 'onOpenChange' | 'title' | 'description'> & { onDone: () => void }) {
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<{ reason: string }>({ resolver: zodResolver(schemaFor(required)), defaultValues: { reason: '' } });
  const submit = handleSubmit(({ reason }) => {
    setFormError(null);
    onSubmit(reason || undefined, { onSuccess: onDone, onError: (error) => setFormError(applyApiErrors(error, setError, ['reason'])) });
  });
  return (
    <form onSubmit={submit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextareaField label={required ? 'Reason' : 'Reason (optional)'} placeholder={placeholder} hint="Shown in the history." error={formState.errors.reason?.message} {...register('reason')} />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {confirmLabel}
        </Button>
      </DialogFooter>
    </form>
  );
}

/** A lifecycle step that records why (reopen, close). */
export function ReasonDialog({ open, onOpenChange, title, description, ...form }: ReasonDialogProps) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={title} description={description}>
      {open && <ReasonForm {...form} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
