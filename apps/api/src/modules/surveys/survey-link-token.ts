import { createHmac, timingSafeEqual } from 'node:crypto';

const VERSION = 1;
const PAYLOAD_BYTES = 1 + 16 + 4; // version, invitation uuid, expiry (unix seconds)
const UUID_HEX = /^[0-9a-f]{32}$/;

export type TokenCheck =
  | { ok: true; invitationId: string; expiresAt: Date }
  | { ok: false; reason: 'bad_signature' | 'expired'; expiresAt?: Date };

/**
 * `/s/<token>`: base64url(version ‖ invitation id ‖ expiry) "." base64url(HMAC-SHA256 of those
 * bytes). The signature is checked before anything else is read, so a tampered link never reaches
 * the database; the expiry travels inside, so an expired link is refused without a lookup too.
 */
export function signSurveyLink(key: Buffer, invitationId: string, expiresAt: Date): string {
  const hex = invitationId.replace(/-/g, '').toLowerCase();
  if (!UUID_HEX.test(hex)) throw new Error(`not a uuid: ${invitationId}`);
  const payload = Buffer.alloc(PAYLOAD_BYTES);
  payload.writeUInt8(VERSION, 0);
  Buffer.from(hex, 'hex').copy(payload, 1);
  payload.writeUInt32BE(Math.floor(expiresAt.getTime() / 1000), 17);
  return `${payload.toString('base64url')}.${mac(key, payload).toString('base64url')}`;
}

export function verifySurveyLink(key: Buffer, token: string, now = new Date()): TokenCheck {
  const [encodedPayload, encodedMac, extra] = token.split('.');
  if (!encodedPayload || !encodedMac || extra !== undefined || !isBase64Url(encodedPayload) || !isBase64Url(encodedMac)) {
    return { ok: false, reason: 'bad_signature' };
  }
  const payload = Buffer.from(encodedPayload, 'base64url');
  const given = Buffer.from(encodedMac, 'base64url');
  const expected = mac(key, payload);
  // Re-encoding catches non-canonical base64url (two spellings of the same bytes), so a token has one form.
  if (
    payload.length !== PAYLOAD_BYTES ||
    given.length !== expected.length ||
    !timingSafeEqual(given, expected) ||
    payload.toString('base64url') !== encodedPayload ||
    given.toString('base64url') !== encodedMac
  ) {
    return { ok: false, reason: 'bad_signature' };
  }
  if (payload.readUInt8(0) !== VERSION) return { ok: false, reason: 'bad_signature' };
  const expiresAt = new Date(payload.readUInt32BE(17) * 1000);
  if (expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired', expiresAt };
  const hex = payload.subarray(1, 17).toString('hex');
  const invitationId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return { ok: true, invitationId, expiresAt };
}

function mac(key: Buffer, payload: Buffer): Buffer {
  return createHmac('sha256', key).update(payload).digest();
}

function isBase64Url(value: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(value);
}
