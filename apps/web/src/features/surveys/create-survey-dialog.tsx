import { zodResolver } from '@hookform/resolvers/zod';
import { SURVEY_SCALE_TEXT, createSurveyRequestSchema, type ScoreScale, type Survey } from '@fullcircle/shared';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { applyApiErrors } from '../../api/form-errors';
import { Alert } from '../../components/alert';
import { Button } from '../../components/button';
import { Dialog, DialogFooter } from '../../components/dialog';
import { SelectField } from '../../components/select-field';
import { TextField } from '../../components/text-field';
import { TextareaField } from '../../components/textarea-field';
import { useCreateSurvey } from './hooks/use-create-survey';
import { SCALE_OPTIONS } from './survey-labels';

// Optional texts are edited as strings; empty means "use the default".
const schema = z.object({
  name: createSurveyRequestSchema.shape.name,
  scale: createSurveyRequestSchema.shape.scale,
  question: z.string().trim().max(500),
  commentPrompt: z.string().trim().max(300),
  thankYouText: z.string().trim().max(500),
});
type Values = z.infer<typeof schema>;
const FIELDS = ['name', 'scale', 'question', 'commentPrompt', 'thankYouText'] as const;

function CreateSurveyForm({ onCreated, onCancel }: { onCreated: (survey: Survey) => void; onCancel: () => void }) {
  const create = useCreateSurvey();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, watch, formState } = useForm<Values>({
    resolver: zodResolver(schema),
    defaultValues: { name: '', scale: 'nps', question: '', commentPrompt: '', thankYouText: '' },
  });
  const scale = watch('scale') as ScoreScale;

  const onSubmit = handleSubmit((values) => {
    setFormError(null);
    create.mutate(
      {
        name: values.name,
        scale: values.scale,
        ...(values.question ? { question: values.question } : {}),
        ...(values.commentPrompt ? { commentPrompt: values.commentPrompt } : {}),
        ...(values.thankYouText ? { thankYouText: values.thankYouText } : {}),
      },
      { onSuccess: onCreated, onError: (error) => setFormError(applyApiErrors(error, setError, [...FIELDS])) },
    );
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4">
      {formError && <Alert>{formError}</Alert>}
      <TextField label="Name" autoFocus autoComplete="off" placeholder="After your flight" hint="Staff see it; customers see it above the question." error={formState.errors.name?.message} {...register('name')} />
      <SelectField label="Scale" options={SCALE_OPTIONS} error={formState.errors.scale?.message} {...register('scale')} />
      <TextareaField
        label="Question"
        rows={2}
        placeholder={SURVEY_SCALE_TEXT[scale].question}
        hint="Leave empty to ask the standard question shown."
        error={formState.errors.question?.message}
        {...register('question')}
      />
      <TextField label="Comment prompt" autoComplete="off" placeholder="What is the main reason for your score?" hint="Optional. Shown above the comment box." error={formState.errors.commentPrompt?.message} {...register('commentPrompt')} />
      <TextField label="Thank-you text" autoComplete="off" placeholder="Thank you for your answer. It helps us do better." error={formState.errors.thankYouText?.message} {...register('thankYouText')} />
      <DialogFooter>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button type="submit" loading={create.isPending}>
          Create survey
        </Button>
      </DialogFooter>
    </form>
  );
}

export function CreateSurveyDialog({ open, onOpenChange, onCreated }: { open: boolean; onOpenChange: (open: boolean) => void; onCreated: (survey: Survey) => void }) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Create survey" description="One question on one scale, answered through a personal link per customer.">
      <CreateSurveyForm
        onCreated={(survey) => {
          onOpenChange(false);
          onCreated(survey);
        }}
        onCancel={() => onOpenChange(false)}
      />
    </Dialog>
  );
}
