import { zodResolver } from '@hookform/resolvers/zod';
import { CONSENT_PURPOSES, recordConsentRequestSchema } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextareaField } from '../../components/textarea-field';
import { TextField } from '../../components/text-field';
import { useToast } from '../../components/toast';
import { CONSENT_PURPOSE_LABELS } from './customer-labels';
import { useRecordConsent } from './hooks/use-record-consent';

// The request schema, with `granted` as a pair of radio buttons.
const request = recordConsentRequestSchema.shape;
const schema = z.object({ purpose: request.purpose, decision: z.enum(['granted', 'withdrawn']), source: request.source, wording: request.wording });
type Values = z.infer<typeof schema>;

const PURPOSE_OPTIONS = CONSENT_PURPOSES.map((p) => ({ value: p, label: CONSENT_PURPOSE_LABELS[p].label }));

function ConsentForm({ customerId, onDone }: { customerId: string; onDone: () => void }) {
  const record = useRecordConsent(customerId);
  const toast = useToast();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { purpose: 'contact_about_feedback', decision: 'granted', source: '', wording: '' },
  });

  const onSubmit = handleSubmit(({ purpose, decision, source, wording }) => {
    setFormError(null);
    record.mutate(
      { purpose, granted: decision === 'granted', source, wording },
      {
        onSuccess: () => {
          toast({ title: 'Consent recorded', description: `${CONSENT_PURPOSE_LABELS[purpose].label}: ${decision}` });
          onDone();
        },
        onError: (error) => setFormError(applyApiErrors(error, setError, ['purpose', 'source', 'wording'], { granted: 'decision' })),
      },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <SelectField label="Purpose" options={PURPOSE_OPTIONS} error={formState.errors.purpose?.message} {...register('purpose')} />
      <fieldset className="space-y-1.5">
        <legend className="text-sm font-medium text-zinc-800">Decision</legend>
        <div className="flex gap-4 text-sm">
          {(['granted', 'withdrawn'] as const).map((decision) => (
            <label key={decision} className="flex cursor-pointer items-center gap-2 text-zinc-800">
              <input type="radio" value={decision} className="size-4 accent-indigo-600" {...register('decision')} />
              {decision === 'granted' ? 'Granted' : 'Withdrawn'}
            </label>
          ))}
        </div>
      </fieldset>
      <TextField
        label="Source"
        autoComplete="off"
        placeholder="Phone call with support"
        hint="Where they said so: a call, a signed form, an email."
        error={formState.errors.source?.message}
        {...register('source')}
      />
      <TextareaField
        label="Wording"
        placeholder="May we contact you about the feedback you gave?"
        hint="The words they agreed to or withdrew from, as they were put to them."
        error={formState.errors.wording?.message}
        {...register('wording')}
      />
      <DialogFooter>
        <Button variant="secondary" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={record.isPending}>
          Record consent
        </Button>
      </DialogFooter>
    </form>
  );
}

/** A new consent record for one purpose; it becomes the latest, the earlier ones stay in the history. */
export function RecordConsentDialog({ customerId, open, onOpenChange }: { customerId: string; open: boolean; onOpenChange: (open: boolean) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Record consent" description="Write down what the customer told you, and how.">
      <ConsentForm customerId={customerId} onDone={() => onOpenChange(false)} />
    </Dialog>
  );
}
