import type { ConsentPurpose } from '@fullcircle/shared';

export type ContactPurpose = 'reply' | 'survey' | 'announcement';

/** The consent purpose that covers each kind of message to a customer. */
export const CONSENT_FOR: Record<ContactPurpose, ConsentPurpose> = {
  reply: 'contact_about_feedback',
  survey: 'research',
  announcement: 'product_updates',
};

const WHAT: Record<ContactPurpose, string> = {
  reply: 'be contacted about their feedback',
  survey: 'take part in surveys and research',
  announcement: 'receive product updates',
};

/** The latest consent record for the purpose (the one in force), if any. */
export interface LatestConsent {
  granted: boolean;
  recordedAt: Date;
}

/**
 * Why a message may not be sent, or null when it may. Replies and surveys answer the customer's
 * own feedback, so they go unless the customer withdrew that consent; announcements are
 * marketing and need an explicit grant.
 */
export function consentRefusal(purpose: ContactPurpose, latest: LatestConsent | null): string | null {
  if (latest && !latest.granted) return `The customer withdrew consent to ${WHAT[purpose]} on ${latest.recordedAt.toISOString().slice(0, 10)}`;
  if (purpose === 'announcement' && !latest) return `The customer has not agreed to ${WHAT[purpose]}`;
  return null;
}
