import { createHmac } from 'node:crypto';
import { matchingSignature, newWebhookSecret, openSecret, parseSignatureHeader, sealSecret, webhookSignature } from './webhook-secret';

describe('webhook secrets', () => {
  describe('sealSecret / openSecret', () => {
    it('round-trips under a key, and the sealed form does not contain the secret', () => {
      const { secret } = newWebhookSecret();
      const sealed = sealSecret(secret, 'k'.repeat(32));
      expect(sealed).toMatch(/^enc:v1:/);
      expect(sealed).not.toContain(secret.slice(6));
      expect(openSecret(sealed, 'k'.repeat(32))).toBe(secret);
    });

    it('cannot open a secret under another key, or without one', () => {
      const sealed = sealSecret('whsec_x', 'k'.repeat(32));
      expect(openSecret(sealed, 'j'.repeat(32))).toBeNull();
      expect(openSecret(sealed, undefined)).toBeNull();
    });

    it('stores it readable when no key is configured', () => {
      expect(openSecret(sealSecret('whsec_x', undefined), undefined)).toBe('whsec_x');
    });
  });

  describe('parseSignatureHeader', () => {
    it('reads t and every v1', () => {
      const a = 'a'.repeat(64);
      const b = 'B'.repeat(64);
      expect(parseSignatureHeader(`t=1700000000, v1=${a},v0=zz,v1=${b}`)).toEqual({ timestamp: 1700000000, signatures: [a, b.toLowerCase()] });
    });

    it.each([undefined, '', 't=1', `v1=${'a'.repeat(64)}`, `t=abc,v1=${'a'.repeat(64)}`, 't=1,v1=short', `t=-1,v1=${'a'.repeat(64)}`])('refuses %p', (header) => {
      expect(parseSignatureHeader(header)).toBeNull();
    });
  });

  describe('matchingSignature', () => {
    it('matches Stripe-style HMAC-SHA256 of "<t>.<body>" computed independently', () => {
      const body = Buffer.from('{"a": 1}');
      const v1 = createHmac('sha256', 'whsec_s').update('1700000000.{"a": 1}').digest('hex');
      expect(webhookSignature('whsec_s', 1700000000, body)).toBe(v1);
      expect(matchingSignature('whsec_s', { timestamp: 1700000000, signatures: ['0'.repeat(64), v1] }, body)).toBe(v1);
      expect(matchingSignature('whsec_other', { timestamp: 1700000000, signatures: [v1] }, body)).toBeNull();
      expect(matchingSignature('whsec_s', { timestamp: 1700000001, signatures: [v1] }, body)).toBeNull();
    });
  });
});
