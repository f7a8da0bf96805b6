import type { WebhookSource } from '@fullcircle/shared';
import { Dialog } from '../../../components/dialog';
import { useToast } from '../../../components/toast';
import { WebhookSourceForm } from './webhook-source-form';

/** Rename a source or change its mapping; its URL and secret stay, so the platform needs no change. */
export function EditWebhookSourceDialog({ source, onClose }: { source: WebhookSource | null; onClose: () => void }) {
  const toast = useToast();
  return (
    <Dialog
      open={source !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Edit ${source?.name ?? 'source'}`}
      description="Changes apply to the next delivery; feedback already received stays as it was mapped."
    >
      {source && (
        <WebhookSourceForm
          key={source.id}
          source={source}
          onSaved={() => {
            toast({ title: `${source.name} saved`, tone: 'success' });
            onClose();
          }}
          onCancel={onClose}
        />
      )}
    </Dialog>
  );
}
