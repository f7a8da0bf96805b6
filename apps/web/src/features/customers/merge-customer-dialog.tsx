import type { CustomerDetail, CustomerSummary } from '@fullcircle/shared';
import { ArrowRight } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { useToast } from '../../components/toast';
import { CustomerPicker } from './customer-picker';
import { customerName, feedbackCountLabel, primaryContact } from './customer-labels';
import { useMergeCustomers } from './hooks/use-merge-customers';

function Who({ customer }: { customer: Pick<CustomerSummary, 'name' | 'primaryEmail' | 'primaryPhone' | 'feedbackCount'> }) {
  return (
    <div className="min-w-0 flex-1 rounded-md bg-zinc-50 px-3 py-2 ring-1 ring-zinc-200">
      <p className="truncate font-medium text-zinc-900">{customerName(customer)}</p>
      <p className="truncate text-xs text-zinc-500">{primaryContact(customer) ?? 'No email or phone'}</p>
      <p className="text-xs text-zinc-500">{feedbackCountLabel(customer.feedbackCount)}</p>
    </div>
  );
}

/** Pick the duplicate, then confirm: the duplicate's history moves into `target` and the duplicate is gone. */
export function MergeCustomerDialog({ target, open, onOpenChange }: { target: CustomerDetail; open: boolean; onOpenChange: (open: boolean) => void }) {
  const [source, setSource] = useState<CustomerSummary | null>(null);
  const [confirming, setConfirming] = useState(false);
  const merge = useMergeCustomers(target.id);
  const toast = useToast();
  const targetName = customerName(target);

  const change = (next: boolean) => {
    if (merge.isPending) return;
    onOpenChange(next);
    if (!next) {
      setSource(null);
      setConfirming(false);
      merge.reset();
    }
  };

  const confirm = () => {
    if (!source) return;
    merge.mutate(source.id, {
      onSuccess: () => {
        toast({ title: 'Customers merged', description: `${customerName(source)} is now part of ${targetName}.` });
        change(false);
      },
    });
  };

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      title={confirming ? 'Merge these customers?' : `Merge a duplicate into ${targetName}`}
      description={
        confirming ? undefined : 'Find the other record of the same person. Their identities, feedback and consent records move here.'
      }
    >
      {confirming && source ? (
        <div className="space-y-4">
          {merge.isError && <Alert title="Could not merge">{errorMessage(merge.error)}</Alert>}
          <div className="flex items-center gap-2 text-sm">
            <Who customer={source} />
            <ArrowRight aria-hidden className="size-4 shrink-0 text-zinc-400" />
            <Who customer={target} />
          </div>
          <p className="text-sm text-zinc-600">
            Everything of <span className="font-medium text-zinc-900">{customerName(source)}</span> — identities, feedback and consent
            records — moves to <span className="font-medium text-zinc-900">{targetName}</span>, and {customerName(source)} stops
            existing as a separate customer. The merge is recorded in the audit log and cannot be undone; an identity that does not
            belong can be split off again.
          </p>
          <DialogFooter>
            <Button variant="secondary" onClick={() => setConfirming(false)} disabled={merge.isPending}>
              Back
            </Button>
            <Button variant="danger" loading={merge.isPending} onClick={confirm}>
              Merge customers
            </Button>
          </DialogFooter>
        </div>
      ) : (
        <div>
          <CustomerPicker label="Customer to merge" excludeId={target.id} value={source} onChange={setSource} />
          <DialogFooter>
            <Button variant="secondary" onClick={() => change(false)}>
              Cancel
            </Button>
            <Button disabled={!source} onClick={() => setConfirming(true)}>
              Continue
            </Button>
          </DialogFooter>
        </div>
      )}
    </Dialog>
  );
}
