import { zodResolver } from '@hookform/resolvers/zod';
import type { InitiativeDetailDto, UpdateInitiativeRequest } from '@fullcircle/shared';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { CheckboxGroup } from '../../components/checkbox-group';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { useDepartments } from '../org/hooks/use-departments';
import { useUpdateInitiative } from './hooks/use-update-initiative';
import { NO_OWNER, OwnerField } from './initiative-owner-field';

const formSchema = z.object({
  title: z.string().trim().min(3, 'write at least 3 characters').max(200),
  problem: z.string().trim().min(1, 'describe the problem').max(5_000),
  topic: z.string().trim().max(60),
  targetDate: z.string(),
  ownerId: z.string(),
  departmentIds: z.array(z.string()),
});
type Values = z.infer<typeof formSchema>;

function EditForm({ initiative, onDone }: { initiative: InitiativeDetailDto; onDone: () => void }) {
  const update = useUpdateInitiative(initiative.id);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const departments = useDepartments();
  const { register, handleSubmit, setError, formState, control } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: { title: initiative.title, problem: initiative.problem, topic: initiative.topic ?? '', targetDate: initiative.targetDate ?? '', ownerId: initiative.owner?.id ?? NO_OWNER, departmentIds: initiative.departmentIds },
  });

  const onSubmit = handleSubmit((v) => {
    setFormError(null);
    const body: UpdateInitiativeRequest = {
      title: v.title,
      problem: v.problem,
      topic: v.topic || null,
      targetDate: v.targetDate || null,
      departmentIds: v.departmentIds,
      // The owner only when it changes, so saving other fields never touches it.
      ...(v.ownerId !== (initiative.owner?.id ?? NO_OWNER) ? { ownerId: v.ownerId || null } : {}),
    };
    update.mutate(body, {
      onSuccess: () => {
        toast({ title: 'Initiative saved', tone: 'success' });
        onDone();
      },
      onError: (error) => setFormError(applyApiErrors(error, setError, ['title', 'problem', 'topic', 'targetDate', 'departmentIds', 'ownerId'])),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Title" error={formState.errors.title?.message} {...register('title')} />
      <TextareaField label="Problem" rows={4} error={formState.errors.problem?.message} {...register('problem')} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Topic" hint="Its KPIs show before and after shipping." error={formState.errors.topic?.message} {...register('topic')} />
        <TextField label="Target date" type="date" error={formState.errors.targetDate?.message} {...register('targetDate')} />
      </div>
      <Controller
        control={control}
        name="ownerId"
        render={({ field }) => <OwnerField value={field.value} onChange={field.onChange} current={initiative.owner} error={formState.errors.ownerId?.message} />}
      />
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
            emptyText={departments.isPending ? 'Loading departments…' : 'No departments yet.'}
          />
        )}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save
        </Button>
      </DialogFooter>
    </form>
  );
}

export function EditInitiativeDialog({ initiative, open, onOpenChange }: { initiative: InitiativeDetailDto; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Edit initiative">
      {open && <EditForm initiative={initiative} onDone={() => onOpenChange(false)} />}
    </Dialog>
  );
}
