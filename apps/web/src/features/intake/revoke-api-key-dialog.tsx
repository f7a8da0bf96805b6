import type { ApiKey } from '@fullcircle/shared';
import { errorMessage } from '../../api/http';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useToast } from '../../components/toast';
import { useRevokeApiKey } from './hooks/use-revoke-api-key';

export function RevokeApiKeyDialog({ apiKey, onClose }: { apiKey: ApiKey | null; onClose: () => void }) {
  const revoke = useRevokeApiKey();
  const toast = useToast();

  const confirm = () => {
    if (!apiKey) return;
    revoke.mutate(apiKey.id, {
      onSuccess: (key) => toast({ title: 'API key revoked', description: key.name }),
      onError: (error) => toast({ tone: 'error', title: 'Could not revoke the key', description: errorMessage(error) }),
      onSettled: onClose,
    });
  };

  return (
    <ConfirmDialog
      open={apiKey !== null}
      onOpenChange={(open) => !open && onClose()}
      title={`Revoke ${apiKey?.name ?? 'key'}?`}
      description="Anything still using this key can no longer send feedback, from the next request on. Feedback it already sent stays. This cannot be undone."
      confirmLabel="Revoke key"
      pending={revoke.isPending}
      onConfirm={confirm}
    />
  );
}
