import { randomUUID } from 'node:crypto';
import type { FormInput } from '@fullcircle/shared';

export const FORMS_URL = '/api/intake/forms';
export const SHOP = 'https://shop.example.com';

/** A valid NPS form with a required single-choice question, allowed on SHOP. */
export function formInput(overrides: Partial<FormInput> = {}): FormInput {
  return {
    name: 'Checkout NPS',
    slug: `checkout-${randomUUID().slice(0, 8)}`,
    kind: 'nps',
    questions: {
      score: { label: 'How likely are you to recommend us?' },
      comment: { label: 'Why?', required: false },
      extra: [{ id: 'plan', kind: 'single_choice', label: 'Your plan', required: true, options: ['Free', 'Pro'] }],
    },
    branding: { title: 'Tell us', intro: '', accentColor: '#4f46e5', logoUrl: null, thankYouMessage: 'Thanks!' },
    allowedOrigins: [SHOP],
    askEmail: 'optional',
    conversationEnabled: false,
    active: true,
    ...overrides,
  };
}
