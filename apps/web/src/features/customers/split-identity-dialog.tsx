import type { CustomerDetail, CustomerIdentity } from '@fullcircle/shared';
import { errorMessage } from '../../api/http';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useToast } from '../../components/toast';
import { customerName, describeIdentity } from './customer-labels';
import { useSplitIdentity } from './hooks/use-split-identity';

interface SplitIdentityDialogProps {
  customer: CustomerDetail;
  identity: CustomerIdentity | null;
  onClose: () => void;
  /** With the new customer the identity now belongs to. */
  onSplit: (created: CustomerDetail, identity: CustomerIdentity) => void;
}

export function SplitIdentityDialog({ customer, identity, onClose, onSplit }: SplitIdentityDialogProps) {
  const split = useSplitIdentity(customer.id);
  const toast = useToast();
  const value = identity ? describeIdentity(identity).value : '';

  const confirm = () => {
    if (!identity) return;
    split.mutate(identity.id, {
      onSuccess: (created) => {
        toast({ title: 'Identity split off', description: `${value} is now a customer of its own.` });
        onSplit(created, identity);
      },
      onError: (error) => toast({ tone: 'error', title: 'Could not split the identity', description: errorMessage(error) }),
      onSettled: onClose,
    });
  };

  return (
    <ConfirmDialog
      open={identity !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Split off ${value}?`}
      description={`Use this when ${value} was matched to ${customerName(customer)} by mistake. It moves to a new customer of its own; ${customerName(customer)} keeps their other identities.`}
      confirmLabel="Split off"
      tone="primary"
      pending={split.isPending}
      onConfirm={confirm}
    />
  );
}
