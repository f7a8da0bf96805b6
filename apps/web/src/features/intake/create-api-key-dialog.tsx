import { zodResolver } from '@hookform/resolvers/zod';
import { createApiKeyRequestSchema, type CreatedApiKey } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Badge } from '../../components/badge';
import { Button } from '../../components/button';
import { CopyField } from '../../components/copy-field';
import { Dialog, DialogFooter } from '../../components/dialog';
import { TextField } from '../../components/text-field';
import { SCOPE_LABELS } from './api-key-labels';
import { useCreateApiKey } from './hooks/use-create-api-key';

// One scope exists today; it is shown, not chosen, until there is a choice to make.
const SCOPES = ['intake:write'] as const;
const schema = z.object({ name: createApiKeyRequestSchema.shape.name });
type Values = z.infer<typeof schema>;

function CreateApiKeyForm({ onCreated, onCancel }: { onCreated: (created: CreatedApiKey) => void; onCancel: () => void }) {
  const create = useCreateApiKey();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({ resolver: zodResolver(schema), defaultValues: { name: '' } });

  const onSubmit = handleSubmit(({ name }) => {
    setFormError(null);
    create.mutate(
      { name, scopes: [...SCOPES] },
      { onSuccess: onCreated, onError: (error) => setFormError(applyApiErrors(error, setError, ['name'])) },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField
        label="Name"
        autoFocus
        autoComplete="off"
        placeholder="Help centre integration"
        hint="Say which system uses it, so you know what stops working if you revoke it."
        error={formState.errors.name?.message}
        {...register('name')}
      />
      <div className="space-y-1.5">
        <p className="text-sm font-medium text-zinc-800">Scope</p>
        <p className="flex items-center gap-2 text-sm text-zinc-600">
          <Badge>
            <code className="font-mono">{SCOPES[0]}</code>
          </Badge>
          {SCOPE_LABELS[SCOPES[0]]} through the public API
        </p>
      </div>
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create key
        </Button>
      </DialogFooter>
    </form>
  );
}

/**
 * Name the key, then see its secret exactly once. The secret lives only in this dialog's state: closing
 * the dialog forgets it, and the dialog closes only through its buttons so a stray click cannot lose it.
 */
export function CreateApiKeyDialog({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  const change = (next: boolean) => {
    onOpenChange(next);
    if (!next) setCreated(null);
  };

  return (
    <Dialog
      open={open}
      onOpenChange={change}
      explicitClose={created !== null}
      title={created ? 'API key created' : 'Create API key'}
      description={created ? undefined : 'A key lets one of your systems send feedback to the public API.'}
    >
      {created ? (
        <div className="space-y-4">
          <Alert tone="warning" title="Copy the secret now">
            It will not be shown again: Fullcircle keeps only a hash of it. If it is lost, revoke this key and create a new one.
          </Alert>
          <CopyField label="Secret" value={created.secret} />
          <p className="text-sm text-zinc-600">
            <span className="font-medium text-zinc-900">{created.apiKey.name}</span> is listed by its start,{' '}
            <code className="rounded bg-zinc-100 px-1 font-mono text-xs">{created.apiKey.prefix}…</code>
          </p>
          <DialogFooter>
            <Button onClick={() => change(false)}>I have copied it</Button>
          </DialogFooter>
        </div>
      ) : (
        <CreateApiKeyForm onCreated={setCreated} onCancel={() => change(false)} />
      )}
    </Dialog>
  );
}
