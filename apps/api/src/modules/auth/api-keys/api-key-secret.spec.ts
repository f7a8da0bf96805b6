import { hashSecretToken } from '../../../common/auth/secret-token';
import { looksLikeApiKey, newApiKeySecret, presentedApiKey } from './api-key-secret';

describe('newApiKeySecret', () => {
  it('makes a recognisable secret, shows its first 12 characters and stores only its hash', () => {
    const { secret, prefix, hash } = newApiKeySecret();
    expect(secret).toMatch(/^fc_live_[A-Za-z0-9_-]{43}$/);
    expect(prefix).toBe(secret.slice(0, 12));
    expect(prefix).toMatch(/^fc_live_.{4}$/);
    expect(hash).toBe(hashSecretToken(secret));
    expect(newApiKeySecret().secret).not.toBe(secret);
  });
});

describe('looksLikeApiKey', () => {
  it('recognises our secrets only', () => {
    expect(looksLikeApiKey(newApiKeySecret().secret)).toBe(true);
    expect(looksLikeApiKey('fc_live_short')).toBe(false);
    expect(looksLikeApiKey(`sk_live_${'a'.repeat(43)}`)).toBe(false);
  });
});

describe('presentedApiKey', () => {
  it('reads a bearer token, whatever the case of the scheme', () => {
    expect(presentedApiKey({ authorization: 'Bearer fc_live_x' })).toBe('fc_live_x');
    expect(presentedApiKey({ authorization: 'bearer   fc_live_x ' })).toBe('fc_live_x');
  });

  it('falls back to X-Api-Key', () => {
    expect(presentedApiKey({ 'x-api-key': ' fc_live_y ' })).toBe('fc_live_y');
    expect(presentedApiKey({ authorization: 'Basic dTpw', 'x-api-key': 'fc_live_y' })).toBe('fc_live_y');
  });

  it('prefers the Authorization header when both are sent', () => {
    expect(presentedApiKey({ authorization: 'Bearer fc_live_x', 'x-api-key': 'fc_live_y' })).toBe('fc_live_x');
  });

  it('finds nothing in a missing, empty or malformed header', () => {
    expect(presentedApiKey({})).toBeNull();
    expect(presentedApiKey({ authorization: 'Bearer' })).toBeNull();
    expect(presentedApiKey({ authorization: 'Bearer a b' })).toBeNull();
    expect(presentedApiKey({ 'x-api-key': '  ' })).toBeNull();
  });
});
