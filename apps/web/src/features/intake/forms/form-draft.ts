import { type FeedbackForm, type FormExtraQuestion, type FormInput, type FormKind, type PublicForm, formInputSchema } from '@fullcircle/shared';

/** The editor's state: the form as the API takes it, with origins as typed (one per line). */
export interface FormDraft {
  name: string;
  slug: string;
  kind: FormKind;
  scoreLabel: string;
  commentOn: boolean;
  commentLabel: string;
  commentRequired: boolean;
  extra: (Omit<FormExtraQuestion, 'options'> & { options: string })[];
  title: string;
  intro: string;
  accentColor: string;
  logoUrl: string;
  thankYouMessage: string;
  origins: string;
  askEmail: FormInput['askEmail'] & string;
  conversationEnabled: boolean;
  active: boolean;
}

export const SCORE_LABELS: Record<FormKind, string> = {
  nps: 'How likely are you to recommend us to a friend or colleague?',
  csat: 'How satisfied are you with your experience?',
  ces: 'How easy was it to get what you needed?',
  free_text: '',
};

export function emptyDraft(): FormDraft {
  return {
    name: '',
    slug: '',
    kind: 'nps',
    scoreLabel: SCORE_LABELS.nps,
    commentOn: true,
    commentLabel: 'What is the main reason for your score?',
    commentRequired: false,
    extra: [],
    title: 'We would love your feedback',
    intro: '',
    accentColor: '#4f46e5',
    logoUrl: '',
    thankYouMessage: 'Thank you! Your feedback goes straight to the team.',
    origins: '',
    askEmail: 'optional',
    conversationEnabled: false,
    active: true,
  };
}

export function draftOf(form: FeedbackForm): FormDraft {
  return {
    name: form.name,
    slug: form.slug,
    kind: form.kind,
    scoreLabel: form.questions.score.label,
    commentOn: form.questions.comment !== null,
    commentLabel: form.questions.comment?.label ?? '',
    commentRequired: form.questions.comment?.required ?? false,
    extra: form.questions.extra.map((q) => ({ ...q, options: q.options.join(', ') })),
    title: form.branding.title,
    intro: form.branding.intro,
    accentColor: form.branding.accentColor,
    logoUrl: form.branding.logoUrl ?? '',
    thankYouMessage: form.branding.thankYouMessage,
    origins: form.allowedOrigins.join('\n'),
    askEmail: form.askEmail,
    conversationEnabled: form.conversationEnabled,
    active: form.active,
  };
}

export function inputOf(draft: FormDraft): FormInput {
  return {
    name: draft.name,
    slug: draft.slug,
    kind: draft.kind,
    questions: {
      // Free-text forms ask no score; the wording is kept only because the contract has one.
      score: { label: draft.kind === 'free_text' ? draft.scoreLabel || 'Score' : draft.scoreLabel },
      comment: draft.commentOn ? { label: draft.commentLabel, required: draft.kind === 'free_text' || draft.commentRequired } : null,
      extra: draft.extra.map((q) => ({
        ...q,
        options: q.kind === 'single_choice' ? q.options.split(',').map((o) => o.trim()).filter(Boolean) : [],
      })),
    },
    branding: {
      title: draft.title,
      intro: draft.intro,
      accentColor: draft.accentColor,
      logoUrl: draft.logoUrl.trim() || null,
      thankYouMessage: draft.thankYouMessage,
    },
    allowedOrigins: draft.origins
      .split(/[\s,]+/)
      .map((o) => o.trim())
      .filter(Boolean),
    askEmail: draft.askEmail,
    conversationEnabled: draft.conversationEnabled,
    active: draft.active,
  };
}

/** What the preview renders: the draft as the hosted page would show it once saved. */
export function previewOf(draft: FormDraft): PublicForm {
  const input = inputOf(draft);
  return {
    slug: draft.slug || 'preview',
    kind: draft.kind,
    questions: { ...input.questions, extra: input.questions.extra?.map((q) => ({ ...q, required: q.required ?? false, options: q.options ?? [] })) ?? [] },
    branding: { ...input.branding, intro: input.branding.intro ?? '', logoUrl: input.branding.logoUrl ?? null, title: draft.title || 'Untitled form' },
    askEmail: draft.askEmail,
    conversationEnabled: draft.conversationEnabled,
  } as PublicForm;
}

/** Field errors by dot path (`branding.accentColor`, `questions.extra.0.options`). */
export function validateDraft(draft: FormDraft): Record<string, string> {
  const result = formInputSchema.safeParse(inputOf(draft));
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) {
    const path = issue.path.join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}

export function slugify(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
}

export function embedSnippet(origin: string, slug: string): string {
  return `<script src="${origin}/widget.js" data-form="${slug}" async></script>`;
}
