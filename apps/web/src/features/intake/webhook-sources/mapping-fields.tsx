import { SCORE_SCALES, type ScoreScale } from '@fullcircle/shared';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { PATH_FIELDS, type SourceFormValues } from './mapping-form';

const SCALE_OPTIONS = (Object.keys(SCORE_SCALES) as ScoreScale[]).map((scale) => ({
  value: scale,
  label: `${scale.toUpperCase()} (${SCORE_SCALES[scale].min}–${SCORE_SCALES[scale].max})`,
}));

/** One path per feedback field: where to find it in the platform's payload. */
export function MappingFields({ register, errors }: { register: UseFormRegister<SourceFormValues>; errors: FieldErrors<SourceFormValues> }) {
  return (
    <fieldset className="space-y-4">
      <legend className="text-sm font-semibold text-zinc-900">Field mapping</legend>
      <p className="-mt-2 text-xs text-zinc-500">
        Where each field is in the payload, as a dot path like <code className="font-mono">review.text</code> or{' '}
        <code className="font-mono">items[0].text</code>. Leave a field empty when the platform does not send it.
      </p>
      <div className="grid gap-3 sm:grid-cols-2">
        {PATH_FIELDS.map((field) => (
          <TextField
            key={field.name}
            label={
              <>
                {field.label}
                {'required' in field && <span className="text-red-600"> *</span>}
              </>
            }
            autoComplete="off"
            spellCheck={false}
            className="font-mono text-xs"
            error={errors[field.name]?.message}
            {...register(field.name)}
          />
        ))}
      </div>
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="Score" autoComplete="off" spellCheck={false} className="font-mono text-xs" error={errors.scorePath?.message} {...register('scorePath')} />
        <SelectField label="Score scale" options={SCALE_OPTIONS} error={errors.scoreScale?.message} {...register('scoreScale')} />
        <TextField
          label="Payload rates from"
          inputMode="numeric"
          placeholder="1"
          hint="Lowest rating the platform gives"
          error={errors.scoreFromMin?.message}
          {...register('scoreFromMin')}
        />
        <TextField
          label="to"
          inputMode="numeric"
          placeholder="5"
          hint="Empty: already on the scale"
          error={errors.scoreFromMax?.message}
          {...register('scoreFromMax')}
        />
      </div>
      <TextareaField
        label="Extra metadata"
        rows={2}
        spellCheck={false}
        placeholder="product = review.productSku"
        hint="One key = path per line, kept with the feedback."
        className="font-mono text-xs"
        error={errors.metadata?.message}
        {...register('metadata')}
      />
    </fieldset>
  );
}
