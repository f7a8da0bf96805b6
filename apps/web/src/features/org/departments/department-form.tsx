import { zodResolver } from '@hookform/resolvers/zod';
import { createDepartmentRequestSchema, type Department } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../../api/form-errors';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DialogFooter } from '../../../components/dialog';
import { TextareaField } from '../../../components/textarea-field';
import { TextField } from '../../../components/text-field';
import { useToast } from '../../../components/toast';
import { useCreateDepartment } from '../hooks/use-create-department';
import { useUpdateDepartment } from '../hooks/use-update-department';

// The form works with plain strings; empty slug/description become "not given" / null on submit.
const schema = z.object({
  name: createDepartmentRequestSchema.shape.name,
  slug: z.union([z.literal(''), createDepartmentRequestSchema.shape.slug.unwrap()]),
  description: z.string().max(1000),
});
type Values = z.infer<typeof schema>;

interface DepartmentFormProps {
  department?: Department;
  onDone: () => void;
}

export function DepartmentForm({ department, onDone }: DepartmentFormProps) {
  const create = useCreateDepartment();
  const update = useUpdateDepartment();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: department?.name ?? '', slug: department?.slug ?? '', description: department?.description ?? '' },
  });
  const pending = create.isPending || update.isPending;

  const onSubmit = handleSubmit(({ name, slug, description }) => {
    setFormError(null);
    const onError = (error: unknown) => setFormError(applyApiErrors(error, setError, ['name', 'slug', 'description']));
    const desc = description.trim() || null;
    if (department) {
      update.mutate(
        { id: department.id, body: { name, description: desc } },
        { onSuccess: (d) => (toast({ title: 'Department saved', description: d.name }), onDone()), onError },
      );
    } else {
      create.mutate(
        { name, description: desc, ...(slug ? { slug } : {}) },
        { onSuccess: (d) => (toast({ title: 'Department created', description: d.name }), onDone()), onError },
      );
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Name" autoFocus autoComplete="off" error={formState.errors.name?.message} {...register('name')} />
      {department ? (
        <div className="space-y-1.5">
          <p className="text-sm font-medium text-zinc-800">Slug</p>
          <p className="rounded-md bg-zinc-50 px-3 py-2 font-mono text-xs text-zinc-600 ring-1 ring-zinc-200">{department.slug}</p>
          <p className="text-xs text-zinc-500">The slug stays the same so routing rules and links keep working.</p>
        </div>
      ) : (
        <TextField
          label="Slug (optional)"
          autoComplete="off"
          placeholder="customer-care"
          hint="Lower-case words joined by dashes. Leave empty to derive it from the name."
          error={formState.errors.slug?.message}
          {...register('slug')}
        />
      )}
      <TextareaField label="Description" placeholder="What this department takes care of" error={formState.errors.description?.message} {...register('description')} />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={pending}>
          {department ? 'Save changes' : 'Create department'}
        </Button>
      </DialogFooter>
    </form>
  );
}
