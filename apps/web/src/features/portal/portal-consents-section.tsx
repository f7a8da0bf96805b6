import { type ConsentPurpose, type PortalMe } from '@fullcircle/shared';
import { useId } from 'react';
import { errorMessage } from '../../api/http';
import { Alert } from '../../components/alert';
import { Card, CardHeader } from '../../components/card';
import { focusRing } from '../../components/cn';
import { useSetPortalConsent } from './hooks/use-portal';
import { CONSENT_LABELS, formatWhen } from './portal-labels';

/** Your consents: one switch per purpose, as easy to withdraw as to give, and the whole history. */
export function PortalConsentsSection({ consents, history }: { consents: PortalMe['consents']; history: PortalMe['consentHistory'] }) {
  const setConsent = useSetPortalConsent();
  return (
    <Card>
      <CardHeader title="Your consents" description="What you allow us to do. Change your mind any time." />
      <ul className="divide-y divide-zinc-100 px-5">
        {consents.map((c) => (
          <ConsentRow
            key={c.purpose}
            consent={c}
            onChange={(granted) => setConsent.mutate({ purpose: c.purpose, granted })}
          />
        ))}
      </ul>
      {setConsent.isError && <Alert className="mx-5 mb-4">{errorMessage(setConsent.error)}</Alert>}
      <details className="border-t border-zinc-100 px-5 py-3 text-sm">
        <summary className={`cursor-pointer rounded font-medium text-zinc-700 ${focusRing}`}>History of your choices ({history.length})</summary>
        {history.length === 0 ? (
          <p className="py-2 text-zinc-500">You have not told us anything yet.</p>
        ) : (
          <ol className="mt-2 space-y-2" aria-label="Consent history">
            {history.map((r) => (
              <li key={r.id} className="text-zinc-600">
                <span className="font-medium text-zinc-800">{CONSENT_LABELS[r.purpose as ConsentPurpose] ?? r.purpose}</span>:{' '}
                {r.granted ? 'given' : 'withdrawn'} on {formatWhen(r.recordedAt)} ({r.source}) — “{r.wording}”
              </li>
            ))}
          </ol>
        )}
      </details>
    </Card>
  );
}

function ConsentRow({ consent, onChange }: { consent: PortalMe['consents'][number]; onChange: (granted: boolean) => void }) {
  const id = useId();
  return (
    <li className="flex items-start gap-3 py-3">
      <input
        id={id}
        type="checkbox"
        className="mt-0.5 size-4 rounded border-zinc-300 text-indigo-600 focus-visible:ring-2 focus-visible:ring-indigo-500"
        checked={consent.granted === true}
        aria-describedby={`${id}-wording`}
        onChange={(e) => onChange(e.target.checked)}
      />
      <div className="text-sm">
        <label htmlFor={id} className="font-medium text-zinc-900">
          {CONSENT_LABELS[consent.purpose]}
        </label>
        <p id={`${id}-wording`} className="text-zinc-500">
          {consent.wording}
          {consent.recordedAt
            ? ` ${consent.granted ? 'Given' : 'Withdrawn'} ${formatWhen(consent.recordedAt)}.`
            : ' You have not told us yet.'}
        </p>
      </div>
    </li>
  );
}
