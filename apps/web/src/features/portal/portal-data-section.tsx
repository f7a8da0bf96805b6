import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { PORTAL_EXPORT_URL } from '../../api/portal-data.api';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button, buttonClasses } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { usePortalErasure } from './hooks/use-portal-data';

/** Your data: download everything we hold (zip of JSON and CSV), or have it erased. */
export function PortalDataSection() {
  const [confirming, setConfirming] = useState(false);
  const erase = usePortalErasure();
  const navigate = useNavigate();

  const onConfirm = () =>
    erase.mutate(undefined, {
      onSuccess: (receipt) => {
        setConfirming(false);
        void navigate({ to: '/portal/erased', search: { receipt: receipt.receiptId }, replace: true });
      },
      // close the dialog so the reason (below the buttons) is what they see
      onError: () => setConfirming(false),
    });

  return (
    <Card>
      <CardHeader title="Your data" description="Take a copy of everything we hold about you, or ask us to erase it." />
      <div className="divide-y divide-zinc-100 px-5">
        <div className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="text-sm">
            <p className="font-medium text-zinc-900">Download my data</p>
            <p className="text-zinc-500">A zip file with every record that refers to you: one JSON file, plus a spreadsheet (CSV) per kind of record.</p>
          </div>
          <a href={PORTAL_EXPORT_URL} download className={buttonClasses('secondary')}>
            Download my data
          </a>
        </div>
        <div className="flex flex-col gap-3 py-4 sm:flex-row sm:items-center sm:justify-between">
          <div className="text-sm">
            <p className="font-medium text-zinc-900">Erase my data</p>
            <p className="text-zinc-500">Remove your name, contact details and everything you wrote. This cannot be undone.</p>
          </div>
          <Button variant="danger" onClick={() => setConfirming(true)}>
            Erase my data
          </Button>
        </div>
      </div>
      {erase.isError && <Alert className="mx-5 mb-4">{errorMessage(erase.error)}</Alert>}
      <ConfirmDialog
        open={confirming}
        onOpenChange={(open) => !erase.isPending && setConfirming(open)}
        title="Erase all your data?"
        confirmLabel="Erase my data"
        pending={erase.isPending}
        onConfirm={onConfirm}
        description={
          <span className="block space-y-3">
            <span className="block">
              <strong className="font-medium text-zinc-800">We remove</strong> your name, email addresses, phone numbers and handles, everything you wrote
              to us (messages, comments, survey answers), the messages we sent you, and any queued messages. You will be signed out.
            </span>
            <span className="block">
              <strong className="font-medium text-zinc-800">We keep, without anything that identifies you,</strong> the scores and ratings you gave and
              how they were classified, so our statistics stay right, and your consent history as proof of what you allowed.
            </span>
            <span className="block">You will get a receipt. This cannot be undone; download your data first if you want a copy.</span>
          </span>
        }
      />
    </Card>
  );
}
