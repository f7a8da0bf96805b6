import type { IncomingHttpHeaders } from 'node:http';
import { hashSecretToken, newSecretToken } from '../../../common/auth/secret-token';

const SECRET_PREFIX = 'fc_live_';
const SHOWN_PREFIX_LENGTH = 12;
const SECRET_PATTERN = /^fc_live_[A-Za-z0-9_-]{43}$/;

export interface NewApiKeySecret {
  /** Given to the admin once; never stored. */
  secret: string;
  /** `fc_live_` and four characters of the secret, stored to tell keys apart. */
  prefix: string;
  /** SHA-256 of the whole secret: what the database stores and looks keys up by. */
  hash: string;
}

export function newApiKeySecret(): NewApiKeySecret {
  const secret = SECRET_PREFIX + newSecretToken().token;
  return { secret, prefix: secret.slice(0, SHOWN_PREFIX_LENGTH), hash: hashSecretToken(secret) };
}

/** Whether a presented value could be one of our secrets; anything else is refused without a query. */
export function looksLikeApiKey(value: string): boolean {
  return SECRET_PATTERN.test(value);
}

/** The key from `Authorization: Bearer <key>`, else from `X-Api-Key`, else null. */
export function presentedApiKey(headers: IncomingHttpHeaders): string | null {
  const bearer = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(headers.authorization ?? '');
  if (bearer) return bearer[1];
  const header = headers['x-api-key'];
  return typeof header === 'string' && header.trim() ? header.trim() : null;
}
