import type { User } from '@fullcircle/shared';
import { useState, type FormEvent } from 'react';
import { applyApiErrors } from '../../../api/form-errors';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { CheckboxGroup } from '../../../components/checkbox-group';
import { Dialog, DialogFooter } from '../../../components/dialog';
import { useToast } from '../../../components/toast';
import { useDepartments } from '../hooks/use-departments';
import { useUpdateUser } from '../hooks/use-update-user';
import { departmentOptions } from './department-options';

function ChangeDepartmentsForm({ user, onDone }: { user: User; onDone: () => void }) {
  const departments = useDepartments();
  const update = useUpdateUser();
  const toast = useToast();
  const [selected, setSelected] = useState<string[]>(user.departmentIds);
  const [error, setError] = useState<string | null>(null);

  const save = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    update.mutate(
      { id: user.id, body: { departmentIds: selected } },
      {
        onSuccess: (updated) => {
          toast({ title: 'Departments updated', description: `${updated.name} now belongs to ${updated.departmentIds.length} department(s).` });
          onDone();
        },
        onError: (e) => setError(applyApiErrors(e, () => undefined, [])),
      },
    );
  };

  return (
    <form onSubmit={save} className="space-y-4">
      {error && <Alert>{error}</Alert>}
      <CheckboxGroup
        legend="Departments"
        options={departmentOptions(departments.data ?? [])}
        value={selected}
        onChange={setSelected}
        emptyText={departments.isPending ? 'Loading departments…' : 'No departments yet. Create one under Settings → Departments.'}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={update.isPending}>
          Save departments
        </Button>
      </DialogFooter>
    </form>
  );
}

export function ChangeDepartmentsDialog({ user, onClose }: { user: User | null; onClose: () => void }) {
  return (
    <Dialog open={user !== null} onOpenChange={(open) => !open && onClose()} title="Change departments" description={user ? `Where ${user.name} works.` : undefined}>
      {user && <ChangeDepartmentsForm key={user.id} user={user} onDone={onClose} />}
    </Dialog>
  );
}
