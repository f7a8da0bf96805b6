import { communicationSettingsSchema, type CommunicationSettings } from '@fullcircle/shared';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { SelectField } from '../../../components/select-field';
import { SkeletonRows } from '../../../components/skeleton';
import { TextField } from '../../../components/text-field';
import { useToast } from '../../../components/toast';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { useCommunicationSettings, useUpdateCommunicationSettings } from '../hooks/use-communication-settings';

type NumberKey = Exclude<keyof CommunicationSettings, 'followUpEnabled' | 'followUpScale'>;
type Draft = Record<NumberKey, string> & Pick<CommunicationSettings, 'followUpEnabled' | 'followUpScale'>;
type Errors = Partial<Record<keyof CommunicationSettings | '_form', string>>;

const NUMBER_KEYS: NumberKey[] = ['surveyCap', 'surveyPeriodDays', 'announcementCap', 'announcementPeriodDays', 'duplicateWindowHours', 'followUpDelayHours', 'followUpValidDays', 'autoCloseDays'];

const toDraft = (s: CommunicationSettings): Draft => ({
  ...(Object.fromEntries(NUMBER_KEYS.map((k) => [k, String(s[k])])) as Record<NumberKey, string>),
  followUpEnabled: s.followUpEnabled,
  followUpScale: s.followUpScale,
});

function fromDraft(d: Draft): Record<string, unknown> {
  return { ...Object.fromEntries(NUMBER_KEYS.map((k) => [k, d[k].trim() === '' ? Number.NaN : Number(d[k])])), followUpEnabled: d.followUpEnabled, followUpScale: d.followUpScale };
}

function Row({ children }: { children: ReactNode }) {
  return <div className="grid gap-4 sm:grid-cols-2">{children}</div>;
}

function SettingsForm({ settings, editable }: { settings: CommunicationSettings; editable: boolean }) {
  const save = useUpdateCommunicationSettings();
  const toast = useToast();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<Errors>({});
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const number = (key: NumberKey, label: string, hint: string, unit?: string) => (
    <TextField
      label={label}
      type="number"
      inputMode="numeric"
      hint={hint}
      value={draft[key]}
      disabled={!editable}
      error={errors[key]}
      onChange={(e) => set({ [key]: e.target.value })}
      aria-label={unit ? `${label} (${unit})` : undefined}
    />
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = communicationSettingsSchema.safeParse(fromDraft(draft));
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.code === 'invalid_type' ? 'enter a number' : i.message])));
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        setDraft(toDraft(saved));
        toast({ title: 'Communication settings saved', tone: 'success' });
      },
      onError: (err) =>
        setErrors(
          err instanceof ApiRequestError && err.issues.length > 0
            ? { ...Object.fromEntries(err.issues.map((i) => [i.field, i.message])), _form: 'Check the highlighted fields.' }
            : { _form: errorMessage(err) },
        ),
    });
  };

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      {errors._form && <Alert>{errors._form}</Alert>}
      {!editable && <Alert tone="info">Only administrators change these settings.</Alert>}
      <Card>
        <CardHeader
          title="Contact budget"
          description="One budget across email, SMS and in-app: how often a customer may hear from you unprompted. Replies to their own feedback are never held back."
        />
        <div className="space-y-4 px-5 py-4">
          <Row>
            {number('surveyCap', 'Surveys per customer', 'At most this many surveys…')}
            {number('surveyPeriodDays', 'Survey period (days)', '…within this many days.')}
          </Row>
          <Row>
            {number('announcementCap', 'Announcements per customer', 'At most this many announcements…')}
            {number('announcementPeriodDays', 'Announcement period (days)', '…within this many days.')}
          </Row>
          <Row>{number('duplicateWindowHours', 'Duplicate window (hours)', 'The same message is not sent twice within this window; 0 turns it off.')}</Row>
        </div>
      </Card>
      <Card>
        <CardHeader title="Follow-up survey" description="When a case is resolved, the customer gets a one-click question in the same channel." />
        <div className="space-y-4 px-5 py-4">
          <label className="flex items-center gap-2 text-sm font-medium text-zinc-800">
            <input
              type="checkbox"
              className="size-4 rounded border-zinc-300 accent-indigo-600"
              checked={draft.followUpEnabled}
              disabled={!editable}
              onChange={(e) => set({ followUpEnabled: e.target.checked })}
            />
            Send a follow-up survey when a case is resolved
          </label>
          <Row>
            <SelectField
              label="Question"
              value={draft.followUpScale}
              disabled={!editable || !draft.followUpEnabled}
              error={errors.followUpScale}
              onChange={(e) => set({ followUpScale: e.target.value as Draft['followUpScale'] })}
              options={[
                { value: 'csat', label: 'CSAT: how satisfied were you? (1–5)' },
                { value: 'ces', label: 'CES: how easy was it? (1–7)' },
              ]}
            />
            {number('followUpDelayHours', 'Delay (hours)', 'Wait this long after resolving, so a quick reopen cancels it.')}
          </Row>
          <Row>{number('followUpValidDays', 'Link valid for (days)', 'After this, the link says the survey has closed.')}</Row>
        </div>
      </Card>
      <Card>
        <CardHeader title="Closing" description="Resolved cases close by themselves when the customer does not answer." />
        <div className="px-5 py-4 sm:max-w-[50%] sm:pr-2">{number('autoCloseDays', 'Auto-close after (days)', 'Days after resolution without a customer answer.')}</div>
      </Card>
      {editable && (
        <div className="flex justify-end">
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </div>
      )}
    </form>
  );
}

/** Settings → Communications: admins edit; owners and executives read the rules their customers are contacted by. */
export function CommunicationSettingsPage() {
  useDocumentTitle('Communication settings');
  const user = useCurrentUser();
  const settings = useCommunicationSettings();
  return (
    <div className="space-y-6">
      <PageHeader title="Communication settings" description="How often customers hear from you, the follow-up survey, and when resolved cases close." />
      {settings.isPending ? (
        <Card>
          <SkeletonRows rows={4} label="Loading settings" />
        </Card>
      ) : settings.isError ? (
        <Alert title="Could not load the settings">{errorMessage(settings.error)}</Alert>
      ) : (
        <SettingsForm settings={settings.data} editable={user.role === 'admin'} />
      )}
    </div>
  );
}
