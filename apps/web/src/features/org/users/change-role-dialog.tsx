import { zodResolver } from '@hookform/resolvers/zod';
import { updateUserRequestSchema, type User } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../../api/form-errors';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Dialog, DialogFooter } from '../../../components/dialog';
import { SelectField } from '../../../components/select-field';
import { useToast } from '../../../components/toast';
import { ROLE_LABELS } from '../../../app/role-home';
import { useUpdateUser } from '../hooks/use-update-user';
import { ROLE_DESCRIPTIONS, ROLE_OPTIONS } from '../org-labels';

const schema = updateUserRequestSchema.pick({ role: true }).required();
type Values = z.infer<typeof schema>;

function ChangeRoleForm({ user, onDone }: { user: User; onDone: () => void }) {
  const update = useUpdateUser();
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { role: user.role },
  });
  const role = watch('role');

  const onSubmit = handleSubmit((body) => {
    setFormError(null);
    update.mutate(
      { id: user.id, body },
      {
        onSuccess: (updated) => {
          toast({ title: 'Role changed', description: `${updated.name} is now ${ROLE_LABELS[updated.role].toLowerCase()}.` });
          onDone();
        },
        onError: (error) => setFormError(applyApiErrors(error, setError, ['role'])),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <SelectField label="Role" options={ROLE_OPTIONS} hint={ROLE_DESCRIPTIONS[role]} error={formState.errors.role?.message} {...register('role')} />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending} disabled={role === user.role}>
          Save role
        </Button>
      </DialogFooter>
    </form>
  );
}

export function ChangeRoleDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Dialog open={user !== null} onOpenChange={(open) => !open && onClose()} title="Change role" description={user ? `What ${user.name} can see and do.` : undefined}>
      {user && <ChangeRoleForm key={user.id} user={user} onDone={onClose} />}
    </Dialog>
  );
}
