import { z } from 'zod';
import { storableText } from '../common/storable-text';

/** What a template is for; the composer offers `reply` templates, follow-ups use `survey`. */
export const TEMPLATE_PURPOSES = ['reply', 'survey', 'announcement'] as const;
export const templatePurposeSchema = z.enum(TEMPLATE_PURPOSES);
export type TemplatePurpose = z.infer<typeof templatePurposeSchema>;

/**
 * Variables a template may use, written `{{customer.name}}`. Unknown variables are refused when
 * the template is saved, so a typo never reaches a customer.
 */
export const TEMPLATE_VARIABLES = {
  'customer.name': 'The customer’s name, or “there” when unknown',
  'customer.first_name': 'The first word of the customer’s name, or “there”',
  'case.reference': 'The case reference the customer quotes, e.g. FC-7K3M9QX2',
  'case.subject': 'The subject of the customer’s first message, or its first words',
  'action.summary': 'The actions taken on the case, one per line',
  'agent.name': 'The name of the person replying',
  'department.name': 'The department that owns the case',
  'survey.link': 'The one-click survey link (survey templates only)',
  'initiative.title': 'The initiative’s title (initiative updates)',
  'initiative.outcome': 'What changed, why it was declined, or the incident update (initiative updates)',
  'feedback.excerpt': 'The first words of what the customer told us (initiative updates)',
} as const;
export type TemplateVariable = keyof typeof TEMPLATE_VARIABLES;

/** A BCP 47 primary language tag, e.g. "en", "es", "pt". */
export const languageTagSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2,3}$/, 'must be a two- or three-letter language code like en');

export const templateVersionSchema = z.strictObject({
  language: languageTagSchema,
  /** Used for email; SMS and in-app send the body only. */
  subject: storableText().trim().max(200).nullable().default(null),
  body: storableText().trim().min(1, 'write the message').max(5_000),
});
export type TemplateVersionInput = z.input<typeof templateVersionSchema>;

export const saveTemplateRequestSchema = z.strictObject({
  name: storableText().trim().min(2).max(120),
  purpose: templatePurposeSchema,
  /** One version per language; the first is used when none matches the customer's language. */
  versions: z
    .array(templateVersionSchema)
    .min(1, 'add at least one language')
    .max(30)
    .refine((v) => new Set(v.map((x) => x.language)).size === v.length, 'one version per language'),
});
export type SaveTemplateRequest = z.input<typeof saveTemplateRequestSchema>;

export interface TemplateVersionDto {
  language: string;
  subject: string | null;
  body: string;
}

export interface TemplateDto {
  id: string;
  name: string;
  purpose: TemplatePurpose;
  versions: TemplateVersionDto[];
  updatedAt: string;
  updatedBy: { id: string; name: string } | null;
}

/** POST /api/communications/templates/:id/preview: the template filled for one case, in the language the customer would get. */
export const previewTemplateRequestSchema = z.strictObject({
  caseId: z.uuid(),
  language: languageTagSchema.optional(),
});
export type PreviewTemplateRequest = z.infer<typeof previewTemplateRequestSchema>;

export interface RenderedMessageDto {
  language: string;
  subject: string | null;
  body: string;
  /** Variables the template used that had no value here (filled with an empty string). */
  missing: string[];
}
