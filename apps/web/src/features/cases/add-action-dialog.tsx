import { zodResolver } from '@hookform/resolvers/zod';
import { ACTION_KIND_LABELS, ACTION_KINDS, addActionRequestSchema, type ActionKind, type CaseDetailDto } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useAddAction } from './hooks/use-add-action';
import { useMentionable } from './hooks/use-mentionable';

const schema = z.object({
  kind: z.enum(ACTION_KINDS),
  description: addActionRequestSchema.shape.description,
  ownerId: z.string().min(1, 'choose who does it'),
  dueDate: z.union([z.literal(''), z.iso.date('must be a date like 2026-12-31')]),
});
type Values = z.infer<typeof schema>;

function AddActionForm({ c, onDone }: { c: CaseDetailDto; onDone: () => void }) {
  const me = useCurrentUser();
  // Owners come from the colleagues who already see the case (its department's people).
  const people = useMentionable(c.id, '', { limit: 50 });
  const add = useAddAction(c.id);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { kind: 'customer_fix', description: '', ownerId: me.id, dueDate: '' },
  });
  const owners = (people.data ?? []).filter((p) => p.seesCase);
  const withMe = owners.some((p) => p.id === me.id) ? owners : [{ id: me.id, name: me.name }, ...owners];

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    add.mutate(
      { kind: values.kind as ActionKind, description: values.description, ownerId: values.ownerId, dueDate: values.dueDate || null },
      {
        onSuccess: () => {
          toast({ title: 'Action added', tone: 'success' });
          onDone();
        },
        onError: (error) => setFormError(applyApiErrors(error, setError, ['kind', 'description', 'ownerId', 'dueDate'])),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <SelectField label="Kind" error={formState.errors.kind?.message} options={ACTION_KINDS.map((k) => ({ value: k, label: ACTION_KIND_LABELS[k] }))} {...register('kind')} />
      <TextareaField label="What is done" placeholder="e.g. Courier the bag to the customer’s home" error={formState.errors.description?.message} {...register('description')} />
      <div className="grid grid-cols-1 gap-4 sm:grid-cols-2">
        <SelectField
          label="Owner"
          error={formState.errors.ownerId?.message}
          options={withMe.map((p) => ({ value: p.id, label: p.id === me.id ? `${p.name} (you)` : p.name }))}
          {...register('ownerId')}
        />
        <TextField label="Due date" type="date" error={formState.errors.dueDate?.message} {...register('dueDate')} />
      </div>
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={add.isPending}>
          Add action
        </Button>
      </DialogFooter>
    </form>
  );
}

export function AddActionDialog({ c, open, onOpenChange }: { c: CaseDetailDto; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Add action" description="A fix for this customer, or a change so it does not happen again.">
      {open && <AddActionForm c={c} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
