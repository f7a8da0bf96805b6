import type { WebhookSource, WebhookSourceWithSecret } from '@fullcircle/shared';
import { Link } from '@tanstack/react-router';
import { ArrowLeft, Plus, Rss } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card } from '../../../components/card';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { Dialog } from '../../../components/dialog';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { useToast } from '../../../components/toast';
import { CreateWebhookSourceDialog } from './create-webhook-source-dialog';
import { EditWebhookSourceDialog } from './edit-webhook-source-dialog';
import { useRotateWebhookSecret } from './hooks/use-rotate-webhook-secret';
import { useUpdateWebhookSource } from './hooks/use-update-webhook-source';
import { useWebhookSources } from './hooks/use-webhook-sources';
import { WebhookSecretPanel } from './webhook-secret-panel';
import { WebhookSourcesTable } from './webhook-sources-table';

/** Settings → Channels → Social & reviews: one signed webhook per platform, with its field mapping. */
export function WebhookSourcesPage() {
  useDocumentTitle('Social & reviews', 'Settings');
  const sources = useWebhookSources();
  const update = useUpdateWebhookSource();
  const rotate = useRotateWebhookSecret();
  const toast = useToast();
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<WebhookSource | null>(null);
  const [rotated, setRotated] = useState<WebhookSourceWithSecret | null>(null);
  const [deactivating, setDeactivating] = useState<WebhookSource | null>(null);
  const [editing, setEditing] = useState<WebhookSource | null>(null);

  const setActive = (source: WebhookSource, active: boolean) =>
    update.mutate(
      { id: source.id, body: { active } },
      {
        onSuccess: () => {
          setDeactivating(null);
          toast({ title: active ? `${source.name} is active again` : `${source.name} deactivated`, tone: 'success' });
        },
        onError: (error) => toast({ title: 'Could not change the source', description: errorMessage(error), tone: 'error' }),
      },
    );

  const confirmRotate = () =>
    rotating &&
    rotate.mutate(rotating.id, {
      onSuccess: (result) => {
        setRotating(null);
        setRotated(result);
      },
      onError: (error) => toast({ title: 'Could not rotate the secret', description: errorMessage(error), tone: 'error' }),
    });

  return (
    <div className="space-y-6">
      <Link to="/settings/channels" className="inline-flex items-center gap-1 text-sm font-medium text-zinc-500 hover:text-zinc-900">
        <ArrowLeft aria-hidden className="size-4" />
        Channels
      </Link>
      <PageHeader
        eyebrow="Settings · Channels"
        title="Social & reviews"
        description="Social networks and review platforms post each new mention or review to a webhook of their own, signed with its secret. A field mapping per source turns their payload into feedback."
        actions={
          <Button onClick={() => setCreating(true)}>
            <Plus aria-hidden className="size-4" />
            Add source
          </Button>
        }
      />
      <Card>
        {sources.isPending ? (
          <SkeletonRows rows={3} label="Loading sources" />
        ) : sources.isError ? (
          <div className="p-5">
            <Alert title="Could not load the sources">
              {errorMessage(sources.error)}{' '}
              <button type="button" className="font-medium underline" onClick={() => sources.refetch()}>
                Try again
              </button>
            </Alert>
          </div>
        ) : sources.data.length === 0 ? (
          <EmptyState
            icon={Rss}
            title="No sources yet"
            action={
              <Button onClick={() => setCreating(true)}>
                <Plus aria-hidden className="size-4" />
                Add source
              </Button>
            }
          >
            Add one for each platform that should send you its reviews or mentions.
          </EmptyState>
        ) : (
          <WebhookSourcesTable sources={sources.data} onEdit={setEditing} onRotate={setRotating} onDeactivate={setDeactivating} onActivate={(s) => setActive(s, true)} />
        )}
      </Card>

      <CreateWebhookSourceDialog open={creating} onOpenChange={setCreating} />
      <EditWebhookSourceDialog source={editing} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={rotating !== null}
        onOpenChange={(open) => !open && setRotating(null)}
        title={`Rotate the secret of ${rotating?.name ?? ''}?`}
        description="A new secret is made and shown once. The current one stops working at once: deliveries signed with it are refused until the platform uses the new one."
        confirmLabel="Rotate secret"
        pending={rotate.isPending}
        onConfirm={confirmRotate}
      />
      <Dialog open={rotated !== null} onOpenChange={(open) => !open && setRotated(null)} explicitClose title="New signing secret">
        {rotated && <WebhookSecretPanel created={rotated} onDone={() => setRotated(null)} />}
      </Dialog>
      <ConfirmDialog
        open={deactivating !== null}
        onOpenChange={(open) => !open && setDeactivating(null)}
        title={`Deactivate ${deactivating?.name ?? ''}?`}
        description="Its webhook answers 404 from now on, so the platform's deliveries are refused. Feedback already received stays. You can activate it again."
        confirmLabel="Deactivate"
        pending={update.isPending}
        onConfirm={() => deactivating && setActive(deactivating, false)}
      />
    </div>
  );
}
