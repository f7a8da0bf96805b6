import type { CommunicationPreferences } from '@fullcircle/shared';
import { errorMessage } from '../../../api/http';
import { Card, CardHeader } from '../../../components/card';
import { useToast } from '../../../components/toast';
import { useCommunicationPreferences, useUpdateCommunicationPreferences } from '../hooks/use-communication-preferences';

const OPTIONS: { key: keyof CommunicationPreferences; label: string; hint: string }[] = [
  { key: 'feedDigest', label: 'Weekly digest by email', hint: 'A summary of this feed every Monday.' },
  { key: 'emailNotifications', label: 'Email me notifications', hint: 'Mentions, assignments and SLA warnings also by email (they always show under the bell).' },
];

/** The signed-in colleague's own choices about what reaches them by email. */
export function PreferencesCard() {
  const prefs = useCommunicationPreferences();
  const update = useUpdateCommunicationPreferences();
  const toast = useToast();

  const toggle = (key: keyof CommunicationPreferences, value: boolean) => {
    if (!prefs.data) return;
    update.mutate({ ...prefs.data, [key]: value }, { onError: (err) => toast({ title: 'Could not save your choice', description: errorMessage(err), tone: 'error' }) });
  };

  return (
    <Card>
      <CardHeader title="Your email" />
      <div className="space-y-3 px-5 py-4">
        {prefs.isError && <p className="text-sm text-red-700">{errorMessage(prefs.error)}</p>}
        {OPTIONS.map((o) => (
          <label key={o.key} className="flex items-start gap-2.5">
            <input
              type="checkbox"
              className="mt-0.5 size-4 rounded border-zinc-300 accent-indigo-600"
              checked={prefs.data?.[o.key] ?? false}
              disabled={!prefs.data || update.isPending}
              onChange={(e) => toggle(o.key, e.target.checked)}
            />
            <span>
              <span className="block text-sm font-medium text-zinc-800">{o.label}</span>
              <span className="block text-xs text-zinc-500">{o.hint}</span>
            </span>
          </label>
        ))}
      </div>
    </Card>
  );
}
