/** What a one-time token proves: a sign-in, or that a newly added identity is really theirs. */
export const PORTAL_TOKEN_PURPOSES = ['sign_in', 'verify_identity'] as const;
export type PortalTokenPurpose = (typeof PORTAL_TOKEN_PURPOSES)[number];

/** A magic link goes by email, a short code by SMS. */
export const PORTAL_TOKEN_CHANNELS = ['email', 'sms'] as const;
export type PortalTokenChannel = (typeof PORTAL_TOKEN_CHANNELS)[number];
