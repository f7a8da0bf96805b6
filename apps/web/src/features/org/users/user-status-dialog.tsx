import type { User } from '@fullcircle/shared';
import { errorMessage } from '../../../api/http';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { useToast } from '../../../components/toast';
import { useDeactivateUser } from '../hooks/use-deactivate-user';
import { useReactivateUser } from '../hooks/use-reactivate-user';

interface UserStatusDialogProps {
  target: { kind: 'deactivate' | 'reactivate'; user: User } | null;
  onClose: () => void;
}

export function UserStatusDialog({ target, onClose }: UserStatusDialogProps) {
  const deactivate = useDeactivateUser();
  const reactivate = useReactivateUser();
  const toast = useToast();
  const mutation = target?.kind === 'reactivate' ? reactivate : deactivate;
  const deactivating = target?.kind !== 'reactivate';
  const name = target?.user.name ?? '';

  const confirm = () => {
    if (!target) return;
    mutation.mutate(target.user.id, {
      onSuccess: () => {
        toast({ title: deactivating ? `${name} deactivated` : `${name} reactivated` });
        onClose();
      },
      onError: (error) => {
        // The API refuses e.g. self-deactivation: its message says why.
        toast({ tone: 'error', title: deactivating ? 'Could not deactivate' : 'Could not reactivate', description: errorMessage(error) });
        onClose();
      },
    });
  };

  return (
    <ConfirmDialog
      open={target !== null}
      onOpenChange={(open) => !open && onClose()}
      title={deactivating ? `Deactivate ${name}?` : `Reactivate ${name}?`}
      description={
        deactivating
          ? 'They will no longer be able to sign in. Nothing they did is deleted, and you can reactivate them at any time.'
          : 'They will be able to sign in again.'
      }
      confirmLabel={deactivating ? 'Deactivate' : 'Reactivate'}
      tone={deactivating ? 'danger' : 'primary'}
      pending={mutation.isPending}
      onConfirm={confirm}
    />
  );
}
