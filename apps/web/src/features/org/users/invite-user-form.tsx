import { zodResolver } from '@hookform/resolvers/zod';
import { inviteUserRequestSchema, type InviteUserResponse } from '@fullcircle/shared';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { applyApiErrors } from '../../../api/form-errors';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { DialogFooter } from '../../../components/dialog';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useDepartments } from '../hooks/use-departments';
import { useInviteUser } from '../hooks/use-invite-user';
import { ROLE_DESCRIPTIONS, ROLE_OPTIONS } from '../org-labels';
import { departmentOptions } from './department-options';

type Values = z.input<typeof inviteUserRequestSchema>;

export function InviteUserForm({ onInvited, onCancel }: { onInvited: (response: InviteUserResponse) => void; onCancel: () => void }) {
  const invite = useInviteUser();
  const departments = useDepartments();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, watch, formState } = useForm<Values, unknown, z.output<typeof inviteUserRequestSchema>>({
    resolver: zodResolver(inviteUserRequestSchema),
    defaultValues: { name: '', email: '', role: 'member', departmentIds: [] },
  });
  const role = watch('role');

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    invite.mutate(values, {
      onSuccess: onInvited,
      onError: (error) => setFormError(applyApiErrors(error, setError, ['name', 'email', 'role', 'departmentIds'])),
    });
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Name" autoComplete="off" autoFocus error={formState.errors.name?.message} {...register('name')} />
      <TextField label="Email" type="email" autoComplete="off" error={formState.errors.email?.message} {...register('email')} />
      <SelectField label="Role" options={ROLE_OPTIONS} hint={ROLE_DESCRIPTIONS[role]} error={formState.errors.role?.message} {...register('role')} />
      <Controller
        control={control}
        name="departmentIds"
        render={({ field, fieldState }) => (
          <CheckboxGroup
            legend="Departments"
            options={departmentOptions(departments.data ?? [])}
            value={field.value ?? []}
            onChange={field.onChange}
            error={fieldState.error?.message}
            hint={role === 'owner' || role === 'member' ? 'Their inbox shows the work routed to these departments.' : undefined}
            emptyText={departments.isPending ? 'Loading departments…' : 'No departments yet. You can add them later.'}
          />
        )}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={invite.isPending}>
          Send invitation
        </Button>
      </DialogFooter>
    </form>
  );
}
