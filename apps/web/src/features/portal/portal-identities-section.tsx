import type { PortalMe } from '@fullcircle/shared';
import { Mail, Smartphone } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useAddPortalIdentity, useVerifyPortalIdentity } from './hooks/use-portal';
import { fieldError, formError } from './portal-field-error';

const KIND_LABELS: Record<string, string> = { email: 'Email', phone: 'Phone', handle: 'Social account', external: 'Account number' };

/** Ways to reach you: the addresses we know, and adding one (proved by a code sent to it). */
export function PortalIdentitiesSection({ identities }: { identities: PortalMe['identities'] }) {
  return (
    <Card>
      <CardHeader title="Ways to reach you" description="The addresses and numbers we know you by." />
      <ul className="divide-y divide-zinc-100 px-5" aria-label="Your addresses">
        {identities.map((i) => {
          const Icon = i.kind === 'phone' ? Smartphone : Mail;
          return (
            <li key={i.id} className="flex items-center gap-3 py-3 text-sm">
              <Icon aria-hidden className="size-4 text-zinc-400" />
              <span className="w-28 shrink-0 text-zinc-500">{KIND_LABELS[i.kind] ?? i.kind}</span>
              <span className="min-w-0 flex-1 truncate font-medium text-zinc-900">{i.value}</span>
              {i.verified ? <Badge tone="success">Verified</Badge> : <Badge>Not verified</Badge>}
            </li>
          );
        })}
      </ul>
      <AddIdentity />
    </Card>
  );
}

function AddIdentity() {
  const add = useAddPortalIdentity();
  const verify = useVerifyPortalIdentity();
  const [kind, setKind] = useState<'email' | 'phone'>('email');
  const [value, setValue] = useState('');
  const [code, setCode] = useState('');

  const send = (event: FormEvent) => {
    event.preventDefault();
    add.mutate({ kind, value });
  };
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    verify.mutate(code.trim(), {
      onSuccess: () => {
        add.reset();
        setValue('');
        setCode('');
      },
    });
  };

  if (add.isSuccess) {
    return (
      <form onSubmit={confirm} noValidate className="space-y-3 border-t border-zinc-100 px-5 py-4">
        <p role="status" className="text-sm text-zinc-600">
          {add.data.message}
        </p>
        <div className="flex flex-wrap items-end gap-3">
          <TextField
            label="Code"
            inputMode="numeric"
            autoComplete="one-time-code"
            maxLength={6}
            value={code}
            onChange={(e) => setCode(e.target.value)}
            error={fieldError(verify.error, 'code') ?? fieldError(verify.error, 'value')}
          />
          <Button type="submit" loading={verify.isPending}>
            Confirm
          </Button>
          <Button variant="ghost" onClick={() => add.reset()}>
            Cancel
          </Button>
        </div>
        {formError(verify.error, ['code', 'value']) && <Alert>{formError(verify.error, ['code', 'value'])}</Alert>}
      </form>
    );
  }
  return (
    <form onSubmit={send} noValidate className="space-y-3 border-t border-zinc-100 px-5 py-4">
      <h3 className="text-sm font-medium text-zinc-800">Add an address or number</h3>
      <div className="grid gap-3 sm:grid-cols-[10rem_1fr_auto] sm:items-end">
        <SelectField
          label="Kind"
          options={[
            { value: 'email', label: 'Email' },
            { value: 'phone', label: 'Phone' },
          ]}
          value={kind}
          onChange={(e) => setKind(e.target.value as 'email' | 'phone')}
        />
        <TextField
          label={kind === 'email' ? 'New email address' : 'New phone number'}
          type={kind === 'email' ? 'email' : 'tel'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          error={fieldError(add.error, 'value')}
        />
        <Button type="submit" variant="secondary" loading={add.isPending}>
          Send a code
        </Button>
      </div>
      {verify.isSuccess && (
        <p role="status" className="text-sm text-emerald-700">
          Added and verified.
        </p>
      )}
      {formError(add.error, ['value', 'kind']) && <Alert>{formError(add.error, ['value', 'kind'])}</Alert>}
    </form>
  );
}
