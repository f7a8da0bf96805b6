import type { FeedbackForm as FormDto, PublicForm } from '@fullcircle/shared';
import type { FeedbackForm } from './feedback-form.entity';

export interface FormResponses {
  count: number;
  lastAt: Date | null;
}

export function toFormDto(form: FeedbackForm, responses: FormResponses = { count: 0, lastAt: null }): FormDto {
  return {
    id: form.id,
    name: form.name,
    slug: form.slug,
    kind: form.kind,
    questions: form.questions,
    branding: form.branding,
    allowedOrigins: form.allowedOrigins,
    askEmail: form.askEmail,
    conversationEnabled: form.conversationEnabled,
    active: form.active,
    createdAt: form.createdAt.toISOString(),
    updatedAt: form.updatedAt.toISOString(),
    responseCount: responses.count,
    lastResponseAt: responses.lastAt?.toISOString() ?? null,
  };
}

/** What anyone may read: no name, no origins, nothing about responses. */
export function toPublicFormDto(form: FeedbackForm): PublicForm {
  return {
    slug: form.slug,
    kind: form.kind,
    questions: form.questions,
    branding: form.branding,
    askEmail: form.askEmail,
    conversationEnabled: form.conversationEnabled,
  };
}

/** The intake source of a form's answers and chat messages. */
export const formSource = (formId: string): string => `form:${formId}`;
