import { ERASURE_CONFIRM_WORD, type CustomerDetail, type ErasureReceiptDto } from '@fullcircle/shared';
import { Download } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { customerExportUrl } from '../../api/customers.api';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button, buttonClasses } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { customerName } from './customer-labels';
import { useEraseCustomer } from './hooks/use-erase-customer';

/** "customer_identity" → "customer identity"; queues ("queue:communications") read as they are. */
const tableLabel = (key: string) => key.replace(/_/g, ' ');

function ErasureReceipt({ receipt }: { receipt: ErasureReceiptDto }) {
  const counts = Object.entries(receipt.summary).sort(([a], [b]) => a.localeCompare(b));
  return (
    <Alert tone="info" title="Customer erased" className="mx-5 mb-4">
      <p>
        Receipt <span className="font-mono text-xs break-all">{receipt.receiptId}</span>, {new Date(receipt.completedAt).toLocaleString()}.
      </p>
      {counts.length > 0 && (
        <dl aria-label="Records changed" className="mt-2 grid grid-cols-[1fr_auto] gap-x-4 gap-y-0.5 text-xs">
          {counts.map(([key, n]) => (
            <div key={key} className="contents">
              <dt>{tableLabel(key)}</dt>
              <dd className="text-right tabular-nums">{n}</dd>
            </div>
          ))}
        </dl>
      )}
    </Alert>
  );
}

function EraseCustomerDialog({
  customer,
  open,
  onOpenChange,
  onErased,
}: {
  customer: CustomerDetail;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onErased: (receipt: ErasureReceiptDto) => void;
}) {
  const [typed, setTyped] = useState('');
  const erase = useEraseCustomer(customer.id);
  const ready = typed.trim() === ERASURE_CONFIRM_WORD;

  const change = (next: boolean) => {
    if (erase.isPending) return;
    onOpenChange(next);
    if (!next) {
      setTyped('');
      erase.reset();
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    erase.mutate(undefined, {
      onSuccess: (receipt) => {
        onErased(receipt);
        change(false);
      },
    });
  };

  return (
    <Dialog open={open} onOpenChange={change} title={`Erase ${customerName(customer)}?`} description="For an erasure request received by letter, phone or email.">
      <form onSubmit={submit} className="space-y-4">
        {erase.isError && <Alert title="Could not erase">{errorMessage(erase.error)}</Alert>}
        <div className="space-y-3 text-sm text-zinc-600">
          <p>
            <strong className="font-medium text-zinc-900">Removed:</strong> their name, email addresses, phone numbers and handles; everything
            they wrote (messages, comments, survey answers, attachments); the messages sent to them and any still queued; their portal
            sign-in links and sessions.
          </p>
          <p>
            <strong className="font-medium text-zinc-900">Kept, with nothing that identifies them:</strong> their scores and ratings and how
            they were classified, so reports stay right; the cases with their history; and the consent records, as proof of what they
            allowed.
          </p>
          <p>The erasure is audited with its receipt and cannot be undone. Export the data first if they asked for a copy.</p>
        </div>
        <TextField
          label={`Type ${ERASURE_CONFIRM_WORD} to confirm`}
          value={typed}
          onChange={(e) => setTyped(e.target.value)}
          autoComplete="off"
          spellCheck={false}
          disabled={erase.isPending}
        />
        <DialogFooter>
          <Button variant="secondary" onClick={() => change(false)} disabled={erase.isPending}>
            Cancel
          </Button>
          <Button type="submit" variant="danger" disabled={!ready} loading={erase.isPending}>
            Erase customer
          </Button>
        </DialogFooter>
      </form>
    </Dialog>
  );
}

/** Admins handling a subject access or erasure request on the customer's behalf. */
export function CustomerDataRequests({ customer }: { customer: CustomerDetail }) {
  const [erasing, setErasing] = useState(false);
  const [receipt, setReceipt] = useState<ErasureReceiptDto | null>(null);

  return (
    <Card>
      <CardHeader title="Data requests" description="Handle a request to see or erase what we hold about this customer." />
      <div className="flex flex-wrap gap-2 px-5 py-4">
        <a href={customerExportUrl(customer.id)} download className={buttonClasses('secondary')}>
          <Download aria-hidden className="size-4" />
          Export data
        </a>
        <Button variant="danger" onClick={() => setErasing(true)}>
          Erase customer…
        </Button>
      </div>
      {/* Always rendered, so the receipt is announced when it appears (focus goes back to the button). */}
      <div aria-live="polite">{receipt && <ErasureReceipt receipt={receipt} />}</div>
      <EraseCustomerDialog customer={customer} open={erasing} onOpenChange={setErasing} onErased={setReceipt} />
    </Card>
  );
}
