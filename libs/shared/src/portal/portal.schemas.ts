import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { type CustomerIdentity, type ConsentRecord, consentPurposeSchema } from '../customers/customers.schemas';
import type { Channel, Score } from '../intake/channels';
import type { MessageChannel, MessageStatus } from '../communications/messages.schemas';

/** The customer's session cookie (portal and public board); the staff cookie is SESSION_COOKIE. */
export const CUSTOMER_SESSION_COOKIE = 'fc_customer';

/** Magic links and codes work for this long, once. */
export const PORTAL_TOKEN_TTL_MINUTES = 15;
/** Wrong guesses at an SMS code before the code stops working. */
export const PORTAL_CODE_MAX_FAILED_ATTEMPTS = 5;

const email = storableText().trim().toLowerCase().pipe(z.email('is not an email address')).pipe(z.string().max(320));
const phone = storableText()
  .trim()
  .min(5, 'is not a phone number')
  .max(40)
  .regex(/^[+\d\s().-]+$/, 'is not a phone number');

/** Where the magic link brings the customer back to: a portal or public board page. */
const portalReturnPath = z
  .string()
  .max(300)
  .regex(/^\/(portal|board)(\/[^/\\]|\?|$)/, 'must be a portal or board page')
  .optional();

/** POST /api/portal/sign-in: always 202, whether or not the address is known. */
export const portalSignInRequestSchema = z.discriminatedUnion('channel', [
  z.strictObject({ channel: z.literal('email'), email, redirect: portalReturnPath }),
  z.strictObject({ channel: z.literal('sms'), phone, redirect: portalReturnPath }),
]);
export type PortalSignInRequest = z.infer<typeof portalSignInRequestSchema>;

export interface PortalSignInAccepted {
  /** Same words for known and unknown addresses (no account enumeration). */
  message: string;
}

/** POST /api/portal/verify: the token of a magic link, or the phone number and the SMS code. */
export const portalVerifyRequestSchema = z
  .strictObject({
    token: storableText().trim().min(10, 'is not a sign-in link').max(200).optional(),
    phone: phone.optional(),
    code: z.string().trim().regex(/^\d{6}$/, 'must be the 6 digits we sent').optional(),
  })
  .superRefine((r, ctx) => {
    if (r.token) return;
    if (r.phone && !r.code) ctx.addIssue({ code: 'custom', path: ['code'], message: 'is required with phone' });
    else if (r.code && !r.phone) ctx.addIssue({ code: 'custom', path: ['phone'], message: 'is required with code' });
    else if (!r.phone) ctx.addIssue({ code: 'custom', path: ['token'], message: 'needs the token from the link, or phone and code' });
  });
export type PortalVerifyRequest = z.infer<typeof portalVerifyRequestSchema>;

export const PORTAL_PREFERRED_CHANNELS = ['email', 'sms'] as const;

/** PATCH /api/portal/me: what a customer may correct about themselves. */
export const updatePortalProfileRequestSchema = z
  .strictObject({
    name: storableText().trim().min(1, 'is required').max(200).optional(),
    preferredChannel: z.enum(PORTAL_PREFERRED_CHANNELS).nullable().optional(),
    /** BCP 47, e.g. en, en-GB, fr. */
    language: z
      .string()
      .trim()
      .regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code like en or fr-CA')
      .nullable()
      .optional(),
  })
  .refine((r) => r.name !== undefined || r.preferredChannel !== undefined || r.language !== undefined, {
    message: 'needs name, preferredChannel or language',
    path: ['name'],
  });
export type UpdatePortalProfileRequest = z.infer<typeof updatePortalProfileRequestSchema>;

/** POST /api/portal/identities: a code goes to the new address; it joins only once the code comes back. */
export const addPortalIdentityRequestSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('email'), value: email }),
  z.strictObject({ kind: z.literal('phone'), value: phone }),
]);
export type AddPortalIdentityRequest = z.infer<typeof addPortalIdentityRequestSchema>;

export const verifyPortalIdentityRequestSchema = z.strictObject({
  code: z.string().trim().regex(/^\d{6}$/, 'must be the 6 digits we sent'),
});
export type VerifyPortalIdentityRequest = z.infer<typeof verifyPortalIdentityRequestSchema>;

/** PUT /api/portal/consents/:purpose */
export const portalConsentParamsSchema = z.object({ purpose: consentPurposeSchema });
export const setPortalConsentRequestSchema = z.strictObject({ granted: z.boolean() });
export type SetPortalConsentRequest = z.infer<typeof setPortalConsentRequestSchema>;

/** The words shown next to each consent toggle in the portal; recorded with every change. */
export const PORTAL_CONSENT_WORDING: Record<z.infer<typeof consentPurposeSchema>, string> = {
  contact_about_feedback: 'You may contact me about the feedback I give you.',
  product_updates: 'Send me updates about changes and improvements, including ones I asked for.',
  research: 'Invite me to surveys and research.',
};

export const portalCaseParamsSchema = z.object({ caseId: z.uuid() });
export const portalCaseCommentRequestSchema = z.strictObject({
  text: storableText().trim().min(1, 'write something').max(5000),
});
export type PortalCaseCommentRequest = z.infer<typeof portalCaseCommentRequestSchema>;

export interface PortalFeedback {
  id: string;
  channel: Channel;
  subject: string | null;
  text: string;
  score: Score | null;
  receivedAt: string;
  caseId: string | null;
}

export interface PortalCaseEvent {
  id: string;
  type: string;
  /** Written for the customer, e.g. "We marked your case as resolved". */
  summary: string;
  at: string;
}

export interface PortalCase {
  id: string;
  reference: string;
  status: string;
  open: boolean;
  openedAt: string;
  resolvedAt: string | null;
  feedbackIds: string[];
  timeline: PortalCaseEvent[];
  actions: { description: string; status: string; createdAt: string; completedAt: string | null }[];
}

export interface PortalMessage {
  id: string;
  channel: MessageChannel;
  subject: string | null;
  body: string;
  status: MessageStatus;
  to: string | null;
  caseId: string | null;
  createdAt: string;
  sentAt: string | null;
}

export interface PortalScore {
  feedbackId: string;
  channel: Channel;
  scale: Score['scale'];
  value: number;
  at: string;
}

/** GET /api/portal/me: everything held about the signed-in customer. */
export interface PortalMe {
  profile: { id: string; name: string | null; preferredChannel: 'email' | 'sms' | 'in_app' | null; language: string | null; createdAt: string };
  identities: CustomerIdentity[];
  /** The record in force per purpose (null when never asked), with the wording shown in the portal. */
  consents: { purpose: z.infer<typeof consentPurposeSchema>; granted: boolean | null; wording: string; recordedAt: string | null }[];
  consentHistory: ConsentRecord[];
  feedback: PortalFeedback[];
  cases: PortalCase[];
  messages: PortalMessage[];
  scores: PortalScore[];
}

export interface PortalIdentityCodeSent {
  message: string;
}
