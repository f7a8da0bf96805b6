import type { ConsentPurpose, CustomerIdentity, CustomerSummary, IdentityKind } from '@fullcircle/shared';
import { AtSign, Link, Mail, Phone, type LucideIcon } from 'lucide-react';

export const UNNAMED_CUSTOMER = 'Unnamed customer';

export function customerName(customer: Pick<CustomerSummary, 'name'>): string {
  return customer.name?.trim() || UNNAMED_CUSTOMER;
}

/** "1 feedback item", "12 feedback items". */
export function feedbackCountLabel(count: number): string {
  return count === 1 ? '1 feedback item' : `${count} feedback items`;
}

/** The way to reach them that a person recognises first. */
export function primaryContact(customer: Pick<CustomerSummary, 'primaryEmail' | 'primaryPhone'>): string | null {
  return customer.primaryEmail ?? customer.primaryPhone ?? null;
}

export const IDENTITY_KINDS_META: Record<IdentityKind, { label: string; icon: LucideIcon }> = {
  email: { label: 'Email', icon: Mail },
  phone: { label: 'Phone', icon: Phone },
  handle: { label: 'Handle', icon: AtSign },
  external: { label: 'External id', icon: Link },
};

/**
 * What an identity reads as. Values come normalised: handles as `network:handle`, external ids as
 * `system:id`; the part before the first colon becomes the detail ("jane · twitter").
 */
export function describeIdentity(identity: Pick<CustomerIdentity, 'kind' | 'value'>): { value: string; detail: string | null } {
  if (identity.kind === 'handle' || identity.kind === 'external') {
    const colon = identity.value.indexOf(':');
    if (colon > 0 && colon < identity.value.length - 1) {
      const source = identity.value.slice(0, colon);
      const rest = identity.value.slice(colon + 1);
      return { value: identity.kind === 'handle' && !rest.startsWith('@') ? `@${rest}` : rest, detail: source };
    }
  }
  return { value: identity.value, detail: null };
}

export const CONSENT_PURPOSE_LABELS: Record<ConsentPurpose, { label: string; description: string }> = {
  contact_about_feedback: { label: 'Contact about their feedback', description: 'Replies and updates on what they told us.' },
  product_updates: { label: 'Product updates', description: 'News about changes, including "you said, we did".' },
  research: { label: 'Research', description: 'Invitations to surveys and interviews.' },
};
