import { routingSettingsSchema, type RoutingSettings, type RoutingSettingsDto } from '@fullcircle/shared';
import { useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { PageHeader } from '../../../components/page-header';
import { SelectField } from '../../../components/select-field';
import { SkeletonRows } from '../../../components/skeleton';
import { Input } from '../../../components/text-field';
import { useToast } from '../../../components/toast';
import { useCurrentUser } from '../../auth/hooks/use-session';
import { curveSentence } from './curve-sentence';
import { useRoutingSettings } from './hooks/use-routing-settings';
import { useUpdateRoutingSettings } from './hooks/use-update-routing-settings';
import { ThresholdCurveChart } from './threshold-curve-chart';

export const ASSIGNMENT_OPTIONS: { value: RoutingSettings['defaultAssignment']; label: string }[] = [
  { value: 'round_robin', label: 'Round robin among members' },
  { value: 'least_open', label: 'Fewest open cases' },
  { value: 'none', label: 'Leave unassigned' },
];

type Errors = Partial<Record<keyof RoutingSettings, string>>;

function SettingsForm({ settings, editable }: { settings: RoutingSettingsDto; editable: boolean }) {
  const save = useUpdateRoutingSettings();
  const toast = useToast();
  const [threshold, setThreshold] = useState(settings.autoRouteThreshold.toFixed(2));
  const [assignment, setAssignment] = useState(settings.defaultAssignment);
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const value = Number(threshold);
  const valid = threshold !== '' && Number.isFinite(value) && value >= 0.5 && value <= 0.99;
  const shown = valid ? value : settings.autoRouteThreshold;
  const sentence = settings.model ? curveSentence(settings.model.curve, shown) : null;
  const dirty = value !== settings.autoRouteThreshold || assignment !== settings.defaultAssignment;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const parsed = routingSettingsSchema.safeParse({ autoRouteThreshold: value, defaultAssignment: assignment });
    if (!parsed.success || threshold === '') {
      setErrors({ autoRouteThreshold: threshold === '' ? 'is required' : parsed.error?.issues[0]?.message });
      return;
    }
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: (saved) => {
        setThreshold(saved.autoRouteThreshold.toFixed(2));
        setAssignment(saved.defaultAssignment);
        toast({ title: 'Routing settings saved', tone: 'success' });
      },
      onError: (err) => {
        if (err instanceof ApiRequestError && err.issues.length > 0) {
          setErrors(Object.fromEntries(err.issues.map((i) => [i.field, i.message])));
          setFormError('Check the highlighted fields.');
        } else setFormError(errorMessage(err));
      },
    });
  };

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {formError && <Alert>{formError}</Alert>}
      <Card>
        <CardHeader
          title="Automatic routing"
          description="When no rule matches, the department model routes an item by itself only if it is at least this sure; anything less goes to triage."
        />
        <div className="space-y-5 px-5 py-4">
          <div className="space-y-1.5">
            <label htmlFor="auto-route-threshold" className="block text-sm font-medium text-zinc-800">
              Auto-route threshold
            </label>
            <div className="flex max-w-xl items-center gap-4">
              <input
                type="range"
                aria-label="Auto-route threshold slider"
                min={0.5}
                max={0.99}
                step={0.01}
                value={shown}
                disabled={!editable}
                onChange={(e) => setThreshold(Number(e.target.value).toFixed(2))}
                className="h-2 flex-1 cursor-pointer accent-indigo-600 disabled:cursor-not-allowed"
              />
              <div className="w-24 shrink-0">
                <Input
                  id="auto-route-threshold"
                  type="number"
                  inputMode="decimal"
                  min={0.5}
                  max={0.99}
                  step={0.01}
                  value={threshold}
                  disabled={!editable}
                  aria-invalid={errors.autoRouteThreshold ? true : undefined}
                  aria-describedby={errors.autoRouteThreshold ? 'auto-route-threshold-error' : 'auto-route-threshold-hint'}
                  onChange={(e) => setThreshold(e.target.value)}
                  className="tabular-nums"
                />
              </div>
            </div>
            {errors.autoRouteThreshold ? (
              <p id="auto-route-threshold-error" className="text-sm text-red-600">
                {errors.autoRouteThreshold}
              </p>
            ) : (
              <p id="auto-route-threshold-hint" className="text-xs text-zinc-500">
                Between 0.50 and 0.99. Higher: fewer mistakes, more items for people to route.
              </p>
            )}
          </div>
          {settings.model ? (
            <>
              <p role="status" className="text-sm font-medium text-zinc-900">
                {sentence}
              </p>
              <ThresholdCurveChart curve={settings.model.curve} threshold={shown} summary={sentence ?? ''} />
              <p className="text-xs text-zinc-500">
                Department model v{settings.model.version}, trained {new Date(settings.model.trainedAt).toLocaleDateString(undefined, { dateStyle: 'medium' })}, measured on
                items it did not learn from.
              </p>
            </>
          ) : (
            <Alert tone="info">No department model yet — every item without a matching rule goes to triage.</Alert>
          )}
        </div>
      </Card>
      <Card>
        <CardHeader title="Assignment" description="Who gets a case when the rule that routed it names no one, and whenever the model routed it." />
        <div className="px-5 py-4 sm:max-w-sm">
          <SelectField
            label="Default assignment"
            value={assignment}
            disabled={!editable}
            error={errors.defaultAssignment}
            options={ASSIGNMENT_OPTIONS}
            onChange={(e) => setAssignment(e.target.value as RoutingSettings['defaultAssignment'])}
          />
        </div>
      </Card>
      {editable && (
        <div className="flex justify-end">
          <Button type="submit" loading={save.isPending} disabled={!dirty}>
            Save settings
          </Button>
        </div>
      )}
    </form>
  );
}

/** Routing → Settings: admins tune the model threshold and default assignment; owners read them. */
export function RoutingSettingsPage() {
  useDocumentTitle('Routing settings', 'Routing');
  const user = useCurrentUser();
  const settings = useRoutingSettings();
  const editable = user.role === 'admin';

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Routing"
        title="Routing settings"
        description={editable ? 'How items that no rule catches are routed, and how cases find a person.' : 'How items that no rule catches are routed. Only administrators can change these settings.'}
      />
      {settings.isPending ? (
        <Card>
          <SkeletonRows rows={3} label="Loading routing settings" />
        </Card>
      ) : settings.isError ? (
        <Alert title="Could not load routing settings">
          {errorMessage(settings.error)}{' '}
          <button type="button" className="font-medium underline" onClick={() => settings.refetch()}>
            Try again
          </button>
        </Alert>
      ) : (
        <SettingsForm settings={settings.data} editable={editable} />
      )}
    </div>
  );
}
