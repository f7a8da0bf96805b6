import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new signing secret: `whsec_` and 32 random bytes, URL-safe. */
export function newWebhookSecret(): { secret: string; prefix: string } {
  const secret = `whsec_${randomBytes(32).toString('base64url')}`;
  return { secret, prefix: secret.slice(0, 10) };
}

const keyOf = (secretsKey: string) => createHash('sha256').update(secretsKey, 'utf8').digest();

/**
 * Seals a secret for storage: AES-256-GCM under SECRETS_KEY when one is configured. The HMAC needs
 * the secret itself, so a hash (as for API keys) will not do.
 */
export function sealSecret(secret: string, secretsKey: string | undefined): string {
  if (!secretsKey) return `plain:${secret}`;
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyOf(secretsKey), iv);
  const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return ['enc', 'v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), sealed.toString('base64url')].join(':');
}

/** The secret, or null when it was sealed under a key that is not (or no longer) configured. */
export function openSecret(sealed: string, secretsKey: string | undefined): string | null {
  if (sealed.startsWith('plain:')) return sealed.slice('plain:'.length);
  const [tag, version, iv, authTag, data] = sealed.split(':');
  if (tag !== 'enc' || version !== 'v1' || !secretsKey) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyOf(secretsKey), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(authTag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/** Hex HMAC-SHA256 of `<timestamp>.<raw body>`: what a sender puts in `v1=`. */
export function webhookSignature(secret: string, timestamp: number | string, rawBody: Buffer | string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`, 'utf8').update(rawBody).digest('hex');
}

export interface ParsedSignatureHeader {
  timestamp: number;
  /** Every v1 value (a sender may send several while it moves to a new secret). */
  signatures: string[];
}

/** `t=1700000000,v1=abc...[,v1=...]`; null when malformed (no t, no v1, or junk values). */
export function parseSignatureHeader(header: string | undefined): ParsedSignatureHeader | null {
  if (!header || header.length > 2000) return null;
  let timestamp: number | null = null;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const key = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (key === 't') {
      if (!/^\d{1,12}$/.test(value)) return null;
      timestamp = Number(value);
    } else if (key === 'v1' && /^[0-9a-f]{64}$/i.test(value)) {
      signatures.push(value.toLowerCase());
    }
  }
  return timestamp === null || signatures.length === 0 ? null : { timestamp, signatures };
}

/** The v1 signature that matches (compared in constant time), or null. */
export function matchingSignature(secret: string, parsed: ParsedSignatureHeader, rawBody: Buffer): string | null {
  const expected = Buffer.from(webhookSignature(secret, parsed.timestamp, rawBody), 'hex');
  return parsed.signatures.find((candidate) => timingSafeEqual(Buffer.from(candidate, 'hex'), expected)) ?? null;
}
