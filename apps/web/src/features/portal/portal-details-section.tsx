import type { PortalMe } from '@fullcircle/shared';
import { useState, type FormEvent } from 'react';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { useUpdatePortalMe } from './hooks/use-portal';
import { fieldError, formError } from './portal-field-error';

const CHANNEL_OPTIONS = [
  { value: '', label: 'No preference (the way I wrote to you)' },
  { value: 'email', label: 'Email' },
  { value: 'sms', label: 'Text message' },
];

/** Your details: name, how to answer you, language. */
export function PortalDetailsSection({ profile }: { profile: PortalMe['profile'] }) {
  const update = useUpdatePortalMe();
  const [name, setName] = useState(profile.name ?? '');
  const [channel, setChannel] = useState(profile.preferredChannel === 'in_app' ? '' : (profile.preferredChannel ?? ''));
  const [language, setLanguage] = useState(profile.language ?? '');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    update.mutate({
      ...(name.trim() ? { name: name.trim() } : {}),
      preferredChannel: channel === 'email' || channel === 'sms' ? channel : null,
      language: language.trim() || null,
    });
  };

  const problem = formError(update.error, ['name', 'preferredChannel', 'language']);
  return (
    <Card>
      <CardHeader title="Your details" description="Correct anything that is wrong. We use these when we answer you." />
      <form onSubmit={submit} noValidate className="grid gap-4 px-5 py-4 sm:grid-cols-2">
        <TextField label="Name" autoComplete="name" value={name} onChange={(e) => setName(e.target.value)} error={fieldError(update.error, 'name')} />
        <SelectField
          label="How should we answer you?"
          options={CHANNEL_OPTIONS}
          value={channel}
          onChange={(e) => setChannel(e.target.value)}
          error={fieldError(update.error, 'preferredChannel')}
        />
        <TextField
          label="Language"
          hint="A language code, e.g. en, fr or es-MX"
          value={language}
          onChange={(e) => setLanguage(e.target.value)}
          error={fieldError(update.error, 'language')}
        />
        <div className="flex items-end gap-3 sm:col-span-2">
          <Button type="submit" loading={update.isPending}>
            Save details
          </Button>
          {update.isSuccess && !update.isPending && (
            <p role="status" className="text-sm text-emerald-700">
              Saved
            </p>
          )}
        </div>
        {problem && <Alert className="sm:col-span-2">{problem}</Alert>}
      </form>
    </Card>
  );
}
