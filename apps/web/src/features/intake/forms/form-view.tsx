import { type FormSubmission, type PublicForm, formScoreRange } from '@fullcircle/shared';
import { CheckCircle2 } from 'lucide-react';
import { type CSSProperties, type FormEvent, useRef, useState } from 'react';
import { cn } from '../../../components/cn';

const ENDS = { nps: ['Not at all likely', 'Extremely likely'], csat: ['Very unhappy', 'Very happy'], ces: ['Very difficult', 'Very easy'] } as const;

const control =
  'block w-full rounded-md border-0 bg-white px-3 py-2 text-sm text-zinc-900 shadow-sm ring-1 ring-inset ring-zinc-300 outline-none focus-visible:ring-2 focus-visible:ring-[var(--accent)]';

export interface FormViewProps {
  form: PublicForm;
  /** Absent in the settings preview: the form renders, nothing is sent. */
  onSubmit?: (body: FormSubmission, idempotencyKey: string) => Promise<{ thankYouMessage: string }>;
  className?: string;
}

/** A form as customers see it, in its brand colour: the hosted page and the settings preview. */
export function FormView({ form, onSubmit, className }: FormViewProps) {
  const range = formScoreRange(form.kind);
  const [score, setScore] = useState<number | undefined>();
  const [comment, setComment] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // One key per attempt: retrying the same answers reuses it, so a lost answer is never stored twice.
  const key = useRef<string | null>(null);
  const edit =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      key.current = null;
      set(value);
    };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!onSubmit) return;
    if (range && score === undefined) return setError('Please choose a score.');
    setBusy(true);
    setError(null);
    key.current ??= crypto.randomUUID();
    const body: FormSubmission = { via: 'hosted' };
    if (score !== undefined) body.score = score;
    if (comment.trim()) body.comment = comment.trim();
    const filled = Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim()));
    if (Object.keys(filled).length) body.answers = filled;
    if (email.trim()) body.email = email.trim();
    try {
      setDone((await onSubmit(body, key.current)).thankYouMessage);
    } catch (err) {
      const e = err as { status?: number; message?: string; issues?: { field: string; message: string }[] };
      const issue = e.issues?.[0];
      setError(issue ? `${fieldName(issue.field)} ${issue.message}.` : (e.message ?? 'Something went wrong. Please try again.'));
      if (e.status && e.status >= 400 && e.status < 500 && e.status !== 429) key.current = null;
    } finally {
      setBusy(false);
    }
  };

  const style = { '--accent': form.branding.accentColor } as CSSProperties;
  return (
    <div style={style} className={cn('rounded-xl bg-white p-6 shadow-sm ring-1 ring-zinc-200 sm:p-8', className)}>
      <div className="mb-5 flex items-center gap-3">
        {form.branding.logoUrl && <img src={form.branding.logoUrl} alt="" className="size-10 rounded-md object-contain" />}
        <h1 className="text-xl font-semibold tracking-tight text-zinc-900">{form.branding.title}</h1>
      </div>
      {done ? (
        <div role="status" className="flex flex-col items-center gap-3 py-8 text-center">
          <CheckCircle2 aria-hidden className="size-10 text-[var(--accent)]" />
          <p className="text-base text-zinc-800">{done}</p>
        </div>
      ) : (
        <form onSubmit={submit} noValidate className="space-y-5">
          {form.branding.intro && <p className="text-sm whitespace-pre-line text-zinc-600">{form.branding.intro}</p>}
          {range && (
            <fieldset>
              <legend className="mb-2 text-sm font-medium text-zinc-800">{form.questions.score.label}</legend>
              <div className="flex gap-1 sm:gap-1.5">
                {Array.from({ length: range.max - range.min + 1 }, (_, i) => range.min + i).map((n) => (
                  <button
                    key={n}
                    type="button"
                    aria-pressed={score === n}
                    onClick={() => edit(setScore)(n)}
                    className={cn(
                      'h-10 min-w-0 flex-1 basis-0 rounded-md text-sm font-medium ring-1 ring-inset ring-zinc-300 outline-none focus-visible:ring-2 focus-visible:ring-[var(--accent)]',
                      score === n ? 'bg-[var(--accent)] text-white ring-[var(--accent)]' : 'bg-white text-zinc-800 hover:bg-zinc-50',
                    )}
                  >
                    {n}
                  </button>
                ))}
              </div>
              <div aria-hidden className="mt-1.5 flex justify-between text-xs text-zinc-500">
                <span>{ENDS[form.kind as keyof typeof ENDS][0]}</span>
                <span>{ENDS[form.kind as keyof typeof ENDS][1]}</span>
              </div>
            </fieldset>
          )}
          {form.questions.comment && (
            <Field id="fc-comment" label={form.questions.comment.label} required={form.questions.comment.required}>
              <textarea id="fc-comment" rows={4} maxLength={5000} value={comment} onChange={(e) => edit(setComment)(e.target.value)} className={control} />
            </Field>
          )}
          {form.questions.extra.map((q) => (
            <Field key={q.id} id={`fc-q-${q.id}`} label={q.label} required={q.required}>
              {q.kind === 'single_choice' ? (
                <select
                  id={`fc-q-${q.id}`}
                  value={answers[q.id] ?? ''}
                  onChange={(e) => edit(setAnswers)({ ...answers, [q.id]: e.target.value })}
                  className={control}
                >
                  <option value="">Choose…</option>
                  {q.options.map((o) => (
                    <option key={o}>{o}</option>
                  ))}
                </select>
              ) : (
                <input
                  id={`fc-q-${q.id}`}
                  maxLength={500}
                  value={answers[q.id] ?? ''}
                  onChange={(e) => edit(setAnswers)({ ...answers, [q.id]: e.target.value })}
                  className={control}
                />
              )}
            </Field>
          ))}
          {form.askEmail !== 'hidden' && (
            <Field id="fc-email" label={form.askEmail === 'required' ? 'Email' : 'Email (optional)'} required={form.askEmail === 'required'}>
              <input id="fc-email" type="email" autoComplete="email" value={email} onChange={(e) => edit(setEmail)(e.target.value)} className={control} />
            </Field>
          )}
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {error}
            </p>
          )}
          <button
            type="submit"
            disabled={busy}
            className="h-10 w-full rounded-md bg-[var(--accent)] text-sm font-semibold text-white shadow-sm outline-none hover:opacity-90 focus-visible:ring-2 focus-visible:ring-[var(--accent)] focus-visible:ring-offset-2 disabled:opacity-60"
          >
            {busy ? 'Sending…' : 'Send feedback'}
          </button>
        </form>
      )}
    </div>
  );
}

function Field({ id, label, required, children }: { id: string; label: string; required: boolean; children: React.ReactNode }) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium text-zinc-800">
        {label}
        {required && (
          <span aria-hidden className="ml-0.5 text-red-600">
            *
          </span>
        )}
      </label>
      {children}
    </div>
  );
}

function fieldName(field: string): string {
  if (field === 'comment') return 'Your comment';
  if (field === 'email') return 'Your email';
  if (field === 'score') return 'The score';
  if (field.startsWith('answers.')) return 'This question';
  return field;
}
