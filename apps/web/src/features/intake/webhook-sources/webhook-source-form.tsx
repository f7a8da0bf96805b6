import { WEBHOOK_MAPPING_PRESETS, WEBHOOK_SOURCE_KINDS, type WebhookSource, type WebhookSourceWithSecret, applyWebhookMapping } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { DialogFooter } from '../../../components/dialog';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useCreateWebhookSource } from './hooks/use-create-webhook-source';
import { useTestWebhookMapping } from './hooks/use-test-webhook-mapping';
import { useUpdateWebhookSource } from './hooks/use-update-webhook-source';
import { MappingFields } from './mapping-fields';
import { type SourceFormValues, defaultSourceValues, formFieldOf, mappingValues, presetById, toMapping, validateSourceForm } from './mapping-form';
import { MappingTestPanel } from './mapping-test-panel';
import { KIND_LABELS } from './webhook-source-labels';

const KIND_OPTIONS = WEBHOOK_SOURCE_KINDS.map((kind) => ({ value: kind, label: KIND_LABELS[kind] }));
const PRESET_OPTIONS = WEBHOOK_MAPPING_PRESETS.map((p) => ({ value: p.id, label: p.label }));

/** A saved source's values; the sample is the preset's one the mapping accepts, if any. */
function sourceValues(source: WebhookSource): SourceFormValues {
  const fits = WEBHOOK_MAPPING_PRESETS.find((p) => applyWebhookMapping(p.sample, source.mapping, source.network).ok);
  return { name: source.name, kind: source.kind, network: source.network, preset: fits?.id ?? 'generic', ...mappingValues(source.mapping, fits?.sample) };
}

/** Creates a source, or (given `source`) edits its name, network and mapping; the kind is fixed once created. */
export function WebhookSourceForm({
  source,
  onCreated,
  onSaved,
  onCancel,
}: {
  source?: WebhookSource;
  onCreated?: (created: WebhookSourceWithSecret) => void;
  onSaved?: () => void;
  onCancel: () => void;
}) {
  const create = useCreateWebhookSource();
  const update = useUpdateWebhookSource();
  const test = useTestWebhookMapping();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, clearErrors, reset, getValues, formState } = useForm<SourceFormValues>({
    defaultValues: source ? sourceValues(source) : defaultSourceValues(),
  });
  const errors = formState.errors;

  const showErrors = (found: Partial<Record<keyof SourceFormValues, string>>) => {
    for (const [field, message] of Object.entries(found)) setError(field as keyof SourceFormValues, { type: 'validate', message });
    return Object.keys(found).length > 0;
  };

  // A preset replaces the mapping and the sample (and suggests the kind); name and network stay.
  const applyPreset = (id: string) => {
    const preset = presetById(id);
    const { name, network } = current();
    reset({ name, network, kind: source?.kind ?? preset.kind, preset: preset.id, ...mappingValues(preset.mapping, preset.sample) });
    test.reset();
  };

  // A disabled select reads as undefined: in edit mode the kind is the source's.
  const current = (): SourceFormValues => ({ ...getValues(), ...(source && { kind: source.kind }) });

  const runTest = () => {
    const values = current();
    clearErrors();
    const found = validateSourceForm({ ...values, name: values.name || 'test', network: values.network || 'test' });
    if (showErrors(found)) return;
    test.mutate({ network: values.network.trim().toLowerCase() || 'test', mapping: toMapping(values), sample: values.sample });
  };

  const onSubmit = handleSubmit((submitted) => {
    const values = { ...submitted, ...(source && { kind: source.kind }) };
    setFormError(null);
    if (showErrors(validateSourceForm(values))) return;
    const onError = (error: unknown) => {
      if (!(error instanceof ApiRequestError)) return setFormError(errorMessage(error));
      const unmatched = error.issues.filter((issue) => {
        const field = formFieldOf(issue.field);
        if (field) setError(field, { type: 'server', message: issue.message });
        return !field;
      });
      if (unmatched.length || error.issues.length === 0) setFormError(error.message);
    };
    if (source) {
      update.mutate({ id: source.id, body: { name: values.name, network: values.network, mapping: toMapping(values) } }, { onSuccess: () => onSaved?.(), onError });
    } else {
      create.mutate({ name: values.name, kind: values.kind, network: values.network, mapping: toMapping(values) }, { onSuccess: (created) => onCreated?.(created), onError });
    }
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Name" autoFocus autoComplete="off" placeholder="Trustpilot reviews" error={errors.name?.message} {...register('name')} />
      <div className="grid gap-3 sm:grid-cols-2">
        <SelectField
          label="Kind"
          options={KIND_OPTIONS}
          disabled={Boolean(source)}
          hint={source ? 'Fixed once created' : 'The channel its feedback is filed under'}
          error={errors.kind?.message}
          {...register('kind')}
        />
        <TextField
          label="Network"
          autoComplete="off"
          placeholder="trustpilot"
          hint="twitter, trustpilot, google…"
          error={errors.network?.message}
          {...register('network')}
        />
      </div>
      <SelectField
        label="Start from"
        options={PRESET_OPTIONS}
        hint="Fills in the mapping and a sample payload; adjust both to what your platform sends."
        {...register('preset', { onChange: (e: React.ChangeEvent<HTMLSelectElement>) => applyPreset(e.target.value) })}
      />
      <MappingFields register={register} errors={errors} />
      <MappingTestPanel
        onTest={runTest}
        pending={test.isPending}
        result={test.data}
        error={test.error}
        sampleField={
          <TextareaField
            label="Sample payload"
            rows={8}
            spellCheck={false}
            className="font-mono text-xs"
            hint="Paste a payload your platform sent, then test: nothing is stored."
            error={errors.sample?.message}
            {...register('sample')}
          />
        }
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending || update.isPending}>
          {source ? 'Save changes' : 'Create source'}
        </Button>
      </DialogFooter>
    </form>
  );
}
