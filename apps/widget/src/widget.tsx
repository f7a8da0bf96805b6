import type { FormSubmission, PublicForm } from '@fullcircle/shared';
import { useEffect, useRef, useState } from 'preact/hooks';
import { type WidgetClient, WidgetError, newKey, store } from './api';
import { Chat } from './chat';

const RANGES = { nps: [0, 10], csat: [1, 5], ces: [1, 7] } as const;
const ENDS = { nps: ['Not likely', 'Very likely'], csat: ['Very unhappy', 'Very happy'], ces: ['Very hard', 'Very easy'] } as const;

interface Props {
  slug: string;
  api: WidgetClient;
  host: HTMLElement;
}

type View = { kind: 'form' } | { kind: 'done'; message: string } | { kind: 'chat'; token: string; intro: string | null };

export function Widget({ slug, api, host }: Props) {
  const [form, setForm] = useState<PublicForm | null>(null);
  const [open, setOpen] = useState(false);
  const chatKey = `fc-chat:${slug}`;
  const saved = store.get(chatKey);
  const [view, setView] = useState<View>(saved ? { kind: 'chat', token: saved, intro: null } : { kind: 'form' });
  const launcher = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    api.form(slug).then((f) => {
      host.style.setProperty('--fc-accent', f.branding.accentColor);
      setForm(f);
    }, () => undefined);
  }, [slug]);

  useEffect(() => {
    if (open) panel.current?.querySelector<HTMLElement>('button:not(.close),textarea,input,select')?.focus();
  }, [open, view.kind]);

  if (!form) return null;
  const close = () => {
    setOpen(false);
    launcher.current?.focus();
  };
  const endChat = () => {
    store.set(chatKey, null);
    setView({ kind: 'form' });
  };

  return (
    <>
      <button ref={launcher} class="launcher" aria-expanded={open} aria-controls="fc-panel" onClick={() => setOpen(!open)}>
        {open ? 'Close' : 'Feedback'}
      </button>
      {open && (
        <div
          ref={panel}
          id="fc-panel"
          class="panel"
          role="dialog"
          aria-labelledby="fc-title"
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          <div class="head">
            {form.branding.logoUrl && <img src={form.branding.logoUrl} alt="" />}
            <h2 id="fc-title">{form.branding.title}</h2>
            <button class="close" aria-label="Close" onClick={close}>
              ×
            </button>
          </div>
          {view.kind === 'form' && (
            <Questions
              form={form}
              onSubmit={(body, key) =>
                api.submit(slug, body, key).then((accepted) => {
                  if (accepted.chat) {
                    store.set(chatKey, accepted.chat.token);
                    setView({ kind: 'chat', token: accepted.chat.token, intro: accepted.thankYouMessage });
                  } else setView({ kind: 'done', message: accepted.thankYouMessage });
                })
              }
            />
          )}
          {view.kind === 'done' && (
            <div class="done" role="status">
              <p>{view.message}</p>
            </div>
          )}
          {view.kind === 'chat' && <Chat api={api} token={view.token} intro={view.intro} onEnded={endChat} />}
        </div>
      )}
    </>
  );
}

function Questions({ form, onSubmit }: { form: PublicForm; onSubmit: (body: FormSubmission, key: string) => Promise<void> }) {
  const [score, setScore] = useState<number | undefined>();
  const [comment, setComment] = useState('');
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // One key per attempt: a retry of the same answers reuses it, any change starts a new attempt.
  const key = useRef<string | null>(null);
  const changed = <T,>(set: (v: T) => void) => (v: T) => {
    key.current = null;
    set(v);
  };
  const range = form.kind === 'free_text' ? null : RANGES[form.kind];

  const submit = async (e: Event) => {
    e.preventDefault();
    if (range && score === undefined) return setError('Please pick a score.');
    setBusy(true);
    setError(null);
    key.current ??= newKey();
    let visitorId = store.get('fc-visitor');
    if (!visitorId) store.set('fc-visitor', (visitorId = newKey().replace(/[^A-Za-z0-9_-]/g, '')));
    const body: FormSubmission = { via: 'widget', pageUrl: location.href.slice(0, 2000), visitorId };
    if (score !== undefined) body.score = score;
    if (comment.trim()) body.comment = comment.trim();
    const filled = Object.fromEntries(Object.entries(answers).filter(([, v]) => v.trim()));
    if (Object.keys(filled).length) body.answers = filled;
    if (email.trim()) body.email = email.trim();
    try {
      await onSubmit(body, key.current);
    } catch (err) {
      setError(err instanceof WidgetError ? err.message : 'Something went wrong. Please try again.');
      // A refusal is final for these answers; only a lost connection or 5xx is retried with the same key.
      if (err instanceof WidgetError && err.status >= 400 && err.status < 500 && err.status !== 429) key.current = null;
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      {form.branding.intro && <p>{form.branding.intro}</p>}
      {error && (
        <div class="error" role="alert">
          {error}
        </div>
      )}
      {range && (
        <fieldset>
          <legend>{form.questions.score.label}</legend>
          <div class="scores">
            {Array.from({ length: range[1] - range[0] + 1 }, (_, i) => range[0] + i).map((n) => (
              <button type="button" key={n} aria-pressed={score === n} onClick={() => changed(setScore)(n)}>
                {n}
              </button>
            ))}
          </div>
          <div class="ends" aria-hidden="true">
            <span>{ENDS[form.kind as keyof typeof ENDS][0]}</span>
            <span>{ENDS[form.kind as keyof typeof ENDS][1]}</span>
          </div>
        </fieldset>
      )}
      {form.questions.comment && (
        <>
          <label for="fc-comment">
            {form.questions.comment.label} {form.questions.comment.required && <span class="req">*</span>}
          </label>
          <textarea id="fc-comment" maxLength={5000} value={comment} onInput={(e) => changed(setComment)(e.currentTarget.value)} />
        </>
      )}
      {form.questions.extra.map((q) => (
        <div key={q.id}>
          <label for={`fc-q-${q.id}`}>
            {q.label} {q.required && <span class="req">*</span>}
          </label>
          {q.kind === 'single_choice' ? (
            <select id={`fc-q-${q.id}`} value={answers[q.id] ?? ''} onChange={(e) => changed(setAnswers)({ ...answers, [q.id]: e.currentTarget.value })}>
              <option value="">Choose…</option>
              {q.options.map((o) => (
                <option key={o}>{o}</option>
              ))}
            </select>
          ) : (
            <input id={`fc-q-${q.id}`} maxLength={500} value={answers[q.id] ?? ''} onInput={(e) => changed(setAnswers)({ ...answers, [q.id]: e.currentTarget.value })} />
          )}
        </div>
      ))}
      {form.askEmail !== 'hidden' && (
        <>
          <label for="fc-email">
            Email {form.askEmail === 'required' ? <span class="req">*</span> : '(optional)'}
          </label>
          <input id="fc-email" type="email" autoComplete="email" value={email} onInput={(e) => changed(setEmail)(e.currentTarget.value)} />
        </>
      )}
      <button class="primary" type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send'}
      </button>
    </form>
  );
}

