import type { ApiKey } from '@fullcircle/shared';
import { KeyRound, Plus } from 'lucide-react';
import { useState } from 'react';
import { errorMessage } from '../../api/http';
import { PUBLIC_FEEDBACK_PATH } from '../../api/intake.api';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card } from '../../components/card';
import { CodeBlock } from '../../components/code-block';
import { CopyField } from '../../components/copy-field';
import { EmptyState } from '../../components/empty-state';
import { SkeletonRows } from '../../components/skeleton';
import { ApiKeysTable } from './api-keys-table';
import { ChannelActivitySummary } from './channel-activity-summary';
import type { ChannelCard } from './channel-catalogue';
import type { ChannelGroupStatus } from './channel-group-status';
import { CreateApiKeyDialog } from './create-api-key-dialog';
import { curlExample } from './curl-example';
import { useApiKeys } from './hooks/use-api-keys';
import { RevokeApiKeyDialog } from './revoke-api-key-dialog';

/** The live channel: where to send, how, and the keys that may. */
export function PublicApiChannel({ channel, status }: { channel: ChannelCard; status: ChannelGroupStatus | null }) {
  const keys = useApiKeys();
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  // The address this browser reaches the product on is the one integrators use too (one-URL serving).
  const endpoint = `${window.location.origin}${PUBLIC_FEEDBACK_PATH}`;
  const Icon = channel.icon;
  const headingId = `channel-${channel.id}`;

  return (
    <Card>
      <section aria-labelledby={headingId}>
        <div className="flex items-start gap-3 border-b border-zinc-100 px-5 py-4">
          <span className="flex size-9 shrink-0 items-center justify-center rounded-lg bg-indigo-50 text-indigo-600">
            <Icon aria-hidden className="size-5" />
          </span>
          <div className="min-w-0 flex-1">
            <div className="flex flex-wrap items-center gap-2">
              <h2 id={headingId} className="text-sm font-semibold text-zinc-900">
                {channel.name}
              </h2>
              <Badge tone="success">Live</Badge>
            </div>
            <p className="mt-0.5 text-sm text-zinc-500">{channel.description}</p>
          </div>
        </div>

        <div className="space-y-4 px-5 py-4">
          <CopyField label="Endpoint" value={endpoint} />
          <p className="text-sm text-zinc-600">
            <code className="font-mono text-xs">POST</code> JSON with an API key as a Bearer token and an{' '}
            <code className="font-mono text-xs">Idempotency-Key</code> header: sending the same key again returns the first answer
            instead of creating a second item. Accepted feedback is answered with <code className="font-mono text-xs">202</code> and
            is attached to the customer its email, phone or handle belongs to. Every field is described in the{' '}
            <a href="/api/docs" className="font-medium text-indigo-700 underline-offset-2 hover:underline">
              API docs
            </a>
            .
          </p>
          <CodeBlock label="Example request" code={curlExample(endpoint)} />
          {status && <ChannelActivitySummary status={status} multiChannel={false} />}
        </div>

        <div className="border-t border-zinc-100">
          <div className="flex flex-col gap-3 px-5 py-3 sm:flex-row sm:items-center sm:justify-between sm:gap-4">
            <div>
              <h3 className="text-sm font-semibold text-zinc-900">API keys</h3>
              <p className="text-sm text-zinc-500">One key per system, so you can revoke one without touching the others.</p>
            </div>
            <Button onClick={() => setCreating(true)} className="self-start sm:self-auto">
              <Plus aria-hidden className="size-4" />
              Create API key
            </Button>
          </div>
          {keys.isPending ? (
            <SkeletonRows rows={2} label="Loading API keys" />
          ) : keys.isError ? (
            <div className="px-5 pb-5">
              <Alert title="Could not load API keys">
                {errorMessage(keys.error)}{' '}
                <button type="button" className="font-medium underline" onClick={() => keys.refetch()}>
                  Try again
                </button>
              </Alert>
            </div>
          ) : keys.data.length === 0 ? (
            <EmptyState icon={KeyRound} title="No API keys yet" className="border-t border-zinc-100 py-10">
              Create a key for the first system that should send feedback.
            </EmptyState>
          ) : (
            <div className="border-t border-zinc-100">
              <ApiKeysTable keys={keys.data} onRevoke={setRevoking} />
            </div>
          )}
        </div>
      </section>
      <CreateApiKeyDialog open={creating} onOpenChange={setCreating} />
      <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />
    </Card>
  );
}
