import type { FeedbackForm, FormKind } from '@fullcircle/shared';
import { ArrowLeft, Plus, Trash2 } from 'lucide-react';
import { type ReactNode, useState } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { CodeBlock } from '../../../components/code-block';
import { CopyField } from '../../../components/copy-field';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { TextareaField } from '../../../components/textarea-field';
import { useToast } from '../../../components/toast';
import { type FormDraft, SCORE_LABELS, draftOf, embedSnippet, emptyDraft, inputOf, previewOf, slugify, validateDraft } from './form-draft';
import { FormView } from './form-view';
import { useSaveForm } from './hooks/use-save-form';

const KINDS = [
  { value: 'nps', label: 'NPS (0–10)' },
  { value: 'csat', label: 'CSAT (1–5)' },
  { value: 'ces', label: 'CES (1–7)' },
  { value: 'free_text', label: 'Free text only' },
];
const ASK_EMAIL = [
  { value: 'optional', label: 'Optional' },
  { value: 'required', label: 'Required' },
  { value: 'hidden', label: 'Do not ask' },
];

/** Create or edit one form, with a live preview of what customers will see. */
export function FormEditor({ form, onDone }: { form: FeedbackForm | null; onDone: () => void }) {
  const [draft, setDraft] = useState<FormDraft>(() => (form ? draftOf(form) : emptyDraft()));
  const [slugTouched, setSlugTouched] = useState(form !== null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = useSaveForm();
  const toast = useToast();
  const set = <K extends keyof FormDraft>(key: K, value: FormDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const err = (path: string) => errors[path];
  const origin = window.location.origin;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const found = validateDraft(draft);
    setErrors(found);
    setFormError(Object.keys(found).length ? 'Some fields need attention.' : null);
    if (Object.keys(found).length) return;
    try {
      const saved = await save.mutateAsync({ id: form?.id ?? null, body: inputOf(draft) });
      toast({ title: form ? 'Form saved' : 'Form created', description: saved.name, tone: 'success' });
      onDone();
    } catch (error) {
      if (error instanceof ApiRequestError && error.issues.length) {
        setErrors(Object.fromEntries(error.issues.map((i) => [i.field, i.message])));
        setFormError(error.message);
      } else setFormError(errorMessage(error));
    }
  };

  const setKind = (kind: FormKind) =>
    setDraft((d) => ({
      ...d,
      kind,
      scoreLabel: Object.values(SCORE_LABELS).includes(d.scoreLabel) ? SCORE_LABELS[kind] : d.scoreLabel,
      commentOn: kind === 'free_text' ? true : d.commentOn,
      commentRequired: kind === 'free_text' ? true : d.commentRequired,
    }));

  return (
    <form onSubmit={submit} noValidate className="space-y-6">
      <div className="flex items-center justify-between gap-4">
        <Button variant="ghost" onClick={onDone}>
          <ArrowLeft aria-hidden className="size-4" />
          All forms
        </Button>
        <div className="flex gap-2">
          <Button variant="secondary" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" loading={save.isPending}>
            {form ? 'Save form' : 'Create form'}
          </Button>
        </div>
      </div>
      {formError && <Alert>{formError}</Alert>}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,26rem)]">
        <div className="space-y-6">
          <Card>
            <CardHeader title="Form" description="The name is for your team; the link uses the slug." />
            <div className="grid gap-4 px-5 py-4 sm:grid-cols-2">
              <TextField
                label="Name"
                value={draft.name}
                error={err('name')}
                onChange={(e) => {
                  const name = e.target.value;
                  setDraft((d) => ({ ...d, name, slug: slugTouched ? d.slug : slugify(name) }));
                }}
              />
              <TextField
                label="Slug"
                value={draft.slug}
                error={err('slug')}
                hint={`${origin}/f/${draft.slug || '…'}`}
                onChange={(e) => {
                  setSlugTouched(true);
                  set('slug', e.target.value);
                }}
              />
              <SelectField label="Asks for" options={KINDS} value={draft.kind} onChange={(e) => setKind(e.target.value as FormKind)} />
              <SelectField label="Email" options={ASK_EMAIL} value={draft.askEmail} onChange={(e) => set('askEmail', e.target.value as FormDraft['askEmail'])} />
              <Toggle label="Active" hint="Closed forms answer “not available”." checked={draft.active} onChange={(v) => set('active', v)} />
              <Toggle
                label="Conversation mode"
                hint="After answering, widget visitors can send follow-up messages."
                checked={draft.conversationEnabled}
                onChange={(v) => set('conversationEnabled', v)}
              />
            </div>
          </Card>

          <Card>
            <CardHeader title="Questions" description="Shown in this order." />
            <div className="space-y-4 px-5 py-4">
              {draft.kind !== 'free_text' && (
                <TextField label="Score question" value={draft.scoreLabel} error={err('questions.score.label')} onChange={(e) => set('scoreLabel', e.target.value)} />
              )}
              <Toggle
                label="Ask for a comment"
                checked={draft.commentOn}
                disabled={draft.kind === 'free_text'}
                onChange={(v) => set('commentOn', v)}
              />
              {draft.commentOn && (
                <div className="grid gap-4 sm:grid-cols-[1fr_auto] sm:items-end">
                  <TextField
                    label="Comment question"
                    value={draft.commentLabel}
                    error={err('questions.comment.label') ?? err('questions.comment')}
                    onChange={(e) => set('commentLabel', e.target.value)}
                  />
                  <Toggle
                    label="Required"
                    checked={draft.kind === 'free_text' || draft.commentRequired}
                    disabled={draft.kind === 'free_text'}
                    onChange={(v) => set('commentRequired', v)}
                  />
                </div>
              )}
              {draft.extra.map((q, i) => (
                <fieldset key={i} className="space-y-3 rounded-md p-3 ring-1 ring-zinc-200">
                  <legend className="sr-only">Question {i + 3}</legend>
                  <div className="grid gap-3 sm:grid-cols-[1fr_10rem_8rem]">
                    <TextField
                      label="Question"
                      value={q.label}
                      error={err(`questions.extra.${i}.label`)}
                      onChange={(e) => set('extra', draft.extra.map((x, j) => (j === i ? { ...x, label: e.target.value } : x)))}
                    />
                    <SelectField
                      label="Type"
                      options={[
                        { value: 'short_text', label: 'Short text' },
                        { value: 'single_choice', label: 'Single choice' },
                      ]}
                      value={q.kind}
                      onChange={(e) => set('extra', draft.extra.map((x, j) => (j === i ? { ...x, kind: e.target.value as typeof q.kind } : x)))}
                    />
                    <TextField
                      label="Key"
                      value={q.id}
                      error={err(`questions.extra.${i}.id`)}
                      onChange={(e) => set('extra', draft.extra.map((x, j) => (j === i ? { ...x, id: e.target.value } : x)))}
                    />
                  </div>
                  {q.kind === 'single_choice' && (
                    <TextField
                      label="Options"
                      hint="Separated by commas"
                      value={q.options}
                      error={err(`questions.extra.${i}.options`)}
                      onChange={(e) => set('extra', draft.extra.map((x, j) => (j === i ? { ...x, options: e.target.value } : x)))}
                    />
                  )}
                  <div className="flex items-center justify-between">
                    <Toggle
                      label="Required"
                      checked={q.required}
                      onChange={(v) => set('extra', draft.extra.map((x, j) => (j === i ? { ...x, required: v } : x)))}
                    />
                    <Button variant="ghost" size="sm" onClick={() => set('extra', draft.extra.filter((_, j) => j !== i))}>
                      <Trash2 aria-hidden className="size-4" />
                      Remove question
                    </Button>
                  </div>
                </fieldset>
              ))}
              <Button
                variant="secondary"
                size="sm"
                disabled={draft.extra.length >= 10}
                onClick={() => set('extra', [...draft.extra, { id: `q${draft.extra.length + 1}`, kind: 'short_text', label: '', required: false, options: '' }])}
              >
                <Plus aria-hidden className="size-4" />
                Add question
              </Button>
            </div>
          </Card>

          <Card>
            <CardHeader title="Branding" description="How the hosted page and the widget look." />
            <div className="grid gap-4 px-5 py-4 sm:grid-cols-2">
              <TextField label="Title" value={draft.title} error={err('branding.title')} onChange={(e) => set('title', e.target.value)} />
              <div className="space-y-1.5">
                <label htmlFor="fc-accent" className="block text-sm font-medium text-zinc-800">
                  Accent colour
                </label>
                <div className="flex gap-2">
                  <input
                    type="color"
                    aria-label="Pick the accent colour"
                    value={/^#[0-9a-f]{6}$/i.test(draft.accentColor) ? draft.accentColor : '#4f46e5'}
                    onChange={(e) => set('accentColor', e.target.value)}
                    className="h-9 w-12 cursor-pointer rounded-md bg-white ring-1 ring-zinc-300"
                  />
                  <TextField
                    id="fc-accent"
                    label={<span className="sr-only">Accent colour (hex)</span>}
                    value={draft.accentColor}
                    error={err('branding.accentColor')}
                    onChange={(e) => set('accentColor', e.target.value)}
                  />
                </div>
              </div>
              <div className="sm:col-span-2">
                <TextareaField label="Introduction" rows={2} value={draft.intro} error={err('branding.intro')} onChange={(e) => set('intro', e.target.value)} />
              </div>
              <TextField label="Logo URL (optional)" value={draft.logoUrl} error={err('branding.logoUrl')} onChange={(e) => set('logoUrl', e.target.value)} />
              <TextField label="Thank-you message" value={draft.thankYouMessage} error={err('branding.thankYouMessage')} onChange={(e) => set('thankYouMessage', e.target.value)} />
            </div>
          </Card>

          <Card>
            <CardHeader title="Widget" description="Sites allowed to embed the widget; any other site's answers are refused." />
            <div className="px-5 py-4">
              <TextareaField
                label="Allowed origins"
                rows={3}
                placeholder="https://shop.example.com"
                hint="One per line: scheme, host and port, no path."
                value={draft.origins}
                error={Object.entries(errors).find(([k]) => k.startsWith('allowedOrigins'))?.[1]}
                onChange={(e) => set('origins', e.target.value)}
              />
            </div>
          </Card>
        </div>

        <div className="space-y-6 lg:sticky lg:top-6 lg:self-start">
          <section aria-label="Preview">
            <h2 className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">Preview</h2>
            <FormView form={previewOf(draft)} />
          </section>
          {form && (
            <Card>
              <CardHeader title="Share" />
              <div className="space-y-4 px-5 py-4">
                <CopyField label="Hosted link" value={`${origin}/f/${form.slug}`} />
                <CodeBlock label="Embed snippet" code={embedSnippet(origin, form.slug)} />
              </div>
            </Card>
          )}
        </div>
      </div>
    </form>
  );
}

function Toggle({ label, hint, checked, disabled, onChange }: { label: string; hint?: ReactNode; checked: boolean; disabled?: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="flex cursor-pointer items-start gap-2.5 text-sm has-[:disabled]:cursor-default has-[:disabled]:opacity-60">
      <input
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e.target.checked)}
        className="mt-0.5 size-4 rounded border-zinc-300 accent-indigo-600"
      />
      <span>
        <span className="font-medium text-zinc-800">{label}</span>
        {hint && <span className="block text-xs text-zinc-500">{hint}</span>}
      </span>
    </label>
  );
}
