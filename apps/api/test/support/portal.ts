import { CUSTOMER_SESSION_COOKIE } from '@fullcircle/shared';
import { createHash, randomBytes } from 'node:crypto';
import type { Response } from 'light-my-request';
import type { DataSource } from 'typeorm';

/**
 * A signed-in customer without going through the magic link: inserts a customer_session row
 * (sha256 of a fresh secret, 30 days) and returns the Cookie header value `fc_customer=<secret>`.
 */
export async function customerCookie(db: DataSource, customerId: string): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const hash = createHash('sha256').update(secret, 'utf8').digest('hex');
  await db.query(
    `INSERT INTO customer_session (customer_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '30 days')`,
    [customerId, hash],
  );
  return `${CUSTOMER_SESSION_COOKIE}=${secret}`;
}

/** The `fc_customer=<secret>` Cookie header from a response's Set-Cookie, or null. */
export function customerSessionCookie(res: Response): string | null {
  const cookie = res.cookies.find((c) => c.name === CUSTOMER_SESSION_COOKIE);
  return cookie?.value ? `${CUSTOMER_SESSION_COOKIE}=${cookie.value}` : null;
}

/** The token of the magic link in an email's text. */
export function magicLinkToken(text: string | undefined): string {
  const match = /\/portal\/verify\?token=([A-Za-z0-9_%-]+)/.exec(text ?? '');
  if (!match) throw new Error(`no sign-in link in: ${text}`);
  return decodeURIComponent(match[1]);
}
