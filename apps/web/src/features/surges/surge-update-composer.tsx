import type { SurgeDetailDto } from '@fullcircle/shared';
import { useState } from 'react';
import { ApiRequestError, errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { TextareaField } from '../../components/textarea-field';
import { useToast } from '../../components/toast';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { usePublishSurgeUpdate, useResolveSurgeCases } from './hooks/use-surges';

const fieldError = (error: unknown, field: string) => (error instanceof ApiRequestError ? error.issues.find((i) => i.field === field)?.message : undefined);

/** One status message to every affected customer who may be contacted, in their channel and language; follow-ups welcome. */
export function SurgeUpdateComposer({ surge }: { surge: SurgeDetailDto }) {
  const toast = useToast();
  const publish = usePublishSurgeUpdate(surge.id);
  const [message, setMessage] = useState('');
  const error = publish.error;
  const messageError = fieldError(error, 'message');

  return (
    <Card>
      <CardHeader
        title="Tell the affected customers"
        description={`${surge.reachableCustomers} of ${surge.affectedCustomers} affected customers will be told (the others withdrew consent to be contacted about their feedback). Each gets one message per update, in their channel.`}
      />
      <form
        className="space-y-3 px-5 py-4"
        onSubmit={(e) => {
          e.preventDefault();
          publish.mutate(message, {
            onSuccess: () => {
              setMessage('');
              toast({ title: 'Update sent', description: `Queued for up to ${surge.reachableCustomers} customers.`, tone: 'success' });
            },
          });
        }}
      >
        <TextareaField
          label="Status update"
          rows={4}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          error={messageError}
          hint="Written into the incident template: greeting, what happened, this text."
          maxLength={2000}
        />
        {error && !messageError && <Alert title="Could not send the update">{errorMessage(error)}</Alert>}
        <Button type="submit" loading={publish.isPending} disabled={message.trim().length < 3}>
          Send update to affected customers ({surge.reachableCustomers})
        </Button>
      </form>
      <div className="border-t border-zinc-100 px-5 py-4">
        <h3 className="text-sm font-semibold text-zinc-900">Updates sent</h3>
        {surge.updates.length === 0 ? (
          <p className="mt-1 text-sm text-zinc-500">None yet.</p>
        ) : (
          <ol aria-label="Updates sent" className="mt-2 space-y-3">
            {surge.updates.map((u) => (
              <li key={u.id} className="rounded-md bg-zinc-50 px-3 py-2">
                <p className="text-sm whitespace-pre-wrap text-zinc-800">{u.message}</p>
                <p className="mt-1 text-xs text-zinc-500">
                  <time dateTime={u.createdAt} title={new Date(u.createdAt).toLocaleString()}>
                    {formatRelative(u.createdAt)}
                  </time>
                  {' · '}
                  {u.fannedOutAt ? `${u.told} told, ${u.notTold} not reachable` : 'Sending…'}
                </p>
              </li>
            ))}
          </ol>
        )}
      </div>
    </Card>
  );
}

/** Resolves every open case of the linked items with one message. */
export function ResolveSurgeCases({ surge }: { surge: SurgeDetailDto }) {
  const toast = useToast();
  const resolve = useResolveSurgeCases(surge.id);
  const [message, setMessage] = useState(surge.updates[0]?.message.slice(0, 500) ?? '');
  const messageError = fieldError(resolve.error, 'message');

  return (
    <Card>
      <CardHeader title="Resolve all cases" description={`${surge.openCases} open case${surge.openCases === 1 ? '' : 's'} of the items behind this surge.`} />
      <form
        className="space-y-3 px-5 py-4"
        onSubmit={(e) => {
          e.preventDefault();
          resolve.mutate(message, {
            onSuccess: (r) =>
              toast({
                title: `${r.resolved} case${r.resolved === 1 ? '' : 's'} resolved`,
                description: r.skipped.length ? `${r.skipped.length} left open: ${r.skipped[0].reason}` : undefined,
                tone: 'success',
              }),
          });
        }}
      >
        <TextareaField label="Resolution" rows={3} value={message} onChange={(e) => setMessage(e.target.value)} error={messageError} maxLength={500} />
        {resolve.error && !messageError && <Alert title="Could not resolve the cases">{errorMessage(resolve.error)}</Alert>}
        <Button type="submit" variant="secondary" loading={resolve.isPending} disabled={surge.openCases === 0 || message.trim().length < 3}>
          Resolve all cases with this update
        </Button>
      </form>
    </Card>
  );
}
