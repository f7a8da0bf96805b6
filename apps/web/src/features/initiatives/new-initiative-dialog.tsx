import { zodResolver } from '@hookform/resolvers/zod';
import { INITIATIVE_KINDS, type InitiativeKind } from '@fullcircle/shared';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxGroup } from '../../components/checkbox-group';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useCurrentUser } from '../auth/hooks/use-session';
import { useDepartments } from '../org/hooks/use-departments';
import { useCreateInitiative } from './hooks/use-create-initiative';
import { OwnerField } from './initiative-owner-field';
import { KIND_LABEL } from './initiative-labels';

const formSchema = z.object({
  title: z.string().trim().min(3, 'write at least 3 characters').max(200),
  problem: z.string().trim().min(1, 'describe the problem').max(5_000),
  kind: z.enum(INITIATIVE_KINDS),
  topic: z.string().trim().max(60),
  targetDate: z.string(),
  isPublic: z.boolean(),
  departmentIds: z.array(z.string()),
  ownerId: z.string(),
});
type Values = z.infer<typeof formSchema>;

function NewInitiativeForm({ onDone }: { onDone: () => void }) {
  const create = useCreateInitiative();
  const toast = useToast();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const departments = useDepartments();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState, control } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: { title: '', problem: '', kind: 'improvement', topic: '', targetDate: '', isPublic: false, departmentIds: [], ownerId: me.id },
  });

  const onSubmit = handleSubmit((v) => {
    setFormError(null);
    create.mutate(
      { title: v.title, problem: v.problem, kind: v.kind as InitiativeKind, isPublic: v.isPublic, ...(v.topic ? { topic: v.topic } : {}), ...(v.targetDate ? { targetDate: v.targetDate } : {}),
        ...(v.departmentIds.length ? { departmentIds: v.departmentIds } : {}),
        ...(v.ownerId ? { ownerId: v.ownerId } : {}),
      },
      {
        onSuccess: (created) => {
          toast({ title: 'Initiative created', tone: 'success' });
          onDone();
          void navigate({ to: '/initiatives/$initiativeId', params: { initiativeId: created.id } });
        },
        onError: (error) => setFormError(applyApiErrors(error, setError, ['title', 'problem', 'kind', 'topic', 'targetDate', 'isPublic', 'departmentIds', 'ownerId'])),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Title" placeholder="e.g. Track every bag at the belt" error={formState.errors.title?.message} {...register('title')} />
      <TextareaField label="Problem" placeholder="What customers tell us, in their words" error={formState.errors.problem?.message} {...register('problem')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField label="Kind" options={INITIATIVE_KINDS.map((k) => ({ value: k, label: KIND_LABEL[k] }))} {...register('kind')} />
        <TextField label="Target date" type="date" error={formState.errors.targetDate?.message} {...register('targetDate')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Topic" placeholder="e.g. baggage" hint="Optional. Its KPIs show before and after shipping." error={formState.errors.topic?.message} {...register('topic')} />
        <Controller control={control} name="ownerId" render={({ field }) => <OwnerField value={field.value} onChange={field.onChange} error={formState.errors.ownerId?.message} />} />
      </div>
      <Controller
        control={control}
        name="departmentIds"
        render={({ field }) => (
          <CheckboxGroup
            legend="Departments involved"
            options={(departments.data ?? []).map((d) => ({ value: d.id, label: d.name }))}
            value={field.value}
            onChange={field.onChange}
            error={formState.errors.departmentIds?.message}
            emptyText={departments.isPending ? 'Loading departments…' : departments.isError ? 'Could not load departments.' : 'No departments yet.'}
          />
        )}
      />
      <label className="flex items-center gap-2 text-sm text-zinc-800">
        <input type="checkbox" className="size-4 rounded border-zinc-300 text-indigo-600" {...register('isPublic')} />
        Show on the public board
      </label>
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create initiative
        </Button>
      </DialogFooter>
    </form>
  );
}

export function NewInitiativeDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="New initiative" description="An improvement many customers ask for; link their feedback to it next.">
      {open && <NewInitiativeForm onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
