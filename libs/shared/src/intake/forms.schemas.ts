import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { SCORE_SCALES } from './channels';

/** What a form asks first: a score on one of the scales, or only free text. */
export const FORM_KINDS = ['nps', 'csat', 'ces', 'free_text'] as const;
export const formKindSchema = z.enum(FORM_KINDS);
export type FormKind = z.infer<typeof formKindSchema>;

export const ASK_EMAIL_MODES = ['hidden', 'optional', 'required'] as const;
export const askEmailSchema = z.enum(ASK_EMAIL_MODES);
export type AskEmail = z.infer<typeof askEmailSchema>;

export const FORM_QUESTION_KINDS = ['short_text', 'single_choice'] as const;

/** The score range a form kind asks for; null for free text. */
export function formScoreRange(kind: FormKind): { min: number; max: number } | null {
  return kind === 'free_text' ? null : SCORE_SCALES[kind];
}

const label = () => storableText().trim().min(1, 'is required').max(300);

export const formExtraQuestionSchema = z
  .strictObject({
    /** Stable key the answers use, e.g. `plan`. */
    id: z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'must be lower-case letters, digits or _ (start with a letter)'),
    kind: z.enum(FORM_QUESTION_KINDS),
    label: label(),
    required: z.boolean().default(false),
    options: z.array(storableText().trim().min(1, 'is required').max(100)).max(12).default([]),
  })
  .superRefine((q, ctx) => {
    if (q.kind === 'single_choice' && q.options.length < 2) ctx.addIssue({ code: 'custom', path: ['options'], message: 'needs at least 2 options' });
    if (q.kind === 'short_text' && q.options.length > 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'only single-choice questions have options' });
    if (new Set(q.options.map((o) => o.toLowerCase())).size !== q.options.length) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'must not repeat an option' });
    }
  });
export type FormExtraQuestion = z.output<typeof formExtraQuestionSchema>;

/** The questions in the order they are shown: score, comment, then the extra ones. */
export const formQuestionsSchema = z
  .strictObject({
    score: z.strictObject({ label: label() }),
    comment: z.strictObject({ label: label(), required: z.boolean().default(false) }).nullable(),
    extra: z.array(formExtraQuestionSchema).max(10).default([]),
  })
  .superRefine((q, ctx) => {
    const ids = q.extra.map((e) => e.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i) ctx.addIssue({ code: 'custom', path: ['extra', i, 'id'], message: 'must be unique within the form' });
    });
  });
export type FormQuestions = z.output<typeof formQuestionsSchema>;

export const formBrandingSchema = z.strictObject({
  title: label(),
  intro: storableText().trim().max(1000).default(''),
  accentColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #4f46e5'),
  logoUrl: z
    .url({ protocol: /^https?$/, message: 'must be an http(s) URL' })
    .max(2000)
    .nullable()
    .default(null),
  thankYouMessage: storableText().trim().min(1, 'is required').max(500),
});
export type FormBranding = z.output<typeof formBrandingSchema>;

/** `https://shop.example.com`: scheme, host and port only, as browsers send it in Origin. */
export const formOriginSchema = z.string().refine((value) => {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value;
  } catch {
    return false;
  }
}, 'must be an origin like https://shop.example.com (no path, no trailing slash)');

export const formInputSchema = z
  .strictObject({
    name: storableText().trim().min(1, 'is required').max(120),
    slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, 'must be 1–60 lower-case letters, digits or dashes'),
    kind: formKindSchema,
    questions: formQuestionsSchema,
    branding: formBrandingSchema,
    allowedOrigins: z.array(formOriginSchema).max(50).default([]),
    askEmail: askEmailSchema.default('optional'),
    conversationEnabled: z.boolean().default(false),
    active: z.boolean().default(true),
  })
  .superRefine((form, ctx) => {
    if (form.kind === 'free_text' && !form.questions.comment?.required) {
      ctx.addIssue({ code: 'custom', path: ['questions', 'comment'], message: 'a free-text form needs a required comment question' });
    }
  });
export type FormInput = z.input<typeof formInputSchema>;
export type FormInputParsed = z.output<typeof formInputSchema>;

export const formSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  slug: z.string(),
  kind: formKindSchema,
  questions: formQuestionsSchema,
  branding: formBrandingSchema,
  allowedOrigins: z.array(z.string()),
  askEmail: askEmailSchema,
  conversationEnabled: z.boolean(),
  active: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
  responseCount: z.number().int(),
  lastResponseAt: z.string().nullable(),
});
export type FeedbackForm = z.infer<typeof formSchema>;

/** GET /api/intake/forms/:slug/public: what the hosted page and the widget render. */
export const publicFormSchema = z.object({
  slug: z.string(),
  kind: formKindSchema,
  questions: formQuestionsSchema,
  branding: formBrandingSchema,
  askEmail: askEmailSchema,
  conversationEnabled: z.boolean(),
});
export type PublicForm = z.infer<typeof publicFormSchema>;

/** POST /api/intake/forms/:slug/submissions (no cookies; Idempotency-Key). Checked against the form too. */
export const formSubmissionSchema = z.strictObject({
  via: z.enum(['hosted', 'widget']),
  score: z.number().int().min(0).max(10).optional(),
  comment: storableText().trim().max(5000).optional(),
  answers: z.record(z.string().max(40), storableText().trim().max(500)).optional(),
  email: z.email().max(254).optional(),
  name: storableText().trim().min(1).max(200).optional(),
  pageUrl: z.url({ protocol: /^https?$/ }).max(2000).optional(),
  /** A random id the widget keeps in localStorage, so one visitor's answers meet on one customer. */
  visitorId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/, 'must be 8–64 letters, digits, _ or -')
    .optional(),
});
export type FormSubmission = z.infer<typeof formSubmissionSchema>;

export const formSubmissionAcceptedSchema = z.object({
  id: z.uuid(),
  conversationReference: z.string(),
  receivedAt: z.string(),
  thankYouMessage: z.string(),
  /** Only when the form has chat on: the secret that lets this browser continue the conversation. */
  chat: z.object({ token: z.string() }).nullable(),
});
export type FormSubmissionAccepted = z.infer<typeof formSubmissionAcceptedSchema>;

/** POST /api/intake/chat/messages with `Authorization: Bearer <chat token>`. */
export const chatMessageRequestSchema = z.strictObject({
  text: storableText().trim().min(1, 'is required').max(5000),
});
export type ChatMessageRequest = z.infer<typeof chatMessageRequestSchema>;

/** `author` leaves room for staff replies (issue 5) in the same list. */
export const chatMessageSchema = z.object({
  id: z.uuid(),
  author: z.enum(['customer', 'staff']),
  text: z.string(),
  sentAt: z.string(),
});
export type ChatMessage = z.infer<typeof chatMessageSchema>;

export const chatConversationSchema = z.object({
  reference: z.string(),
  messages: z.array(chatMessageSchema),
});
export type ChatConversation = z.infer<typeof chatConversationSchema>;
