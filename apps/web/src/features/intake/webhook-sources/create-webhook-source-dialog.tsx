import type { WebhookSourceWithSecret } from '@fullcircle/shared';
import { useState } from 'react';
import { Dialog } from '../../../components/dialog';
import { WebhookSecretPanel } from './webhook-secret-panel';
import { WebhookSourceForm } from './webhook-source-form';

/**
 * Name the source and map its payload, then see its signing secret exactly once. The secret lives
 * only in this dialog's state; the dialog closes only through its buttons while it shows it.
 */
export function CreateWebhookSourceDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [created, setCreated] = useState<WebhookSourceWithSecret | null>(null);

  const change = (next: boolean) => {
    onOpenChange(next);
    if (!next) setCreated(null);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      explicitClose={created !== null}
      title={created ? 'Source created' : 'Add a social or review source'}
      description={created ? undefined : 'The platform posts each new post or review to the source’s own URL, signed with its secret.'}
    >
      {created ? (
        <WebhookSecretPanel created={created} onDone={() => change(false)} />
      ) : (
        <WebhookSourceForm onCreated={setCreated} onCancel={() => change(false)} />
      )}
    </Dialog>
  );
}
