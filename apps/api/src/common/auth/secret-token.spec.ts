import { hashSecretToken, newSecretToken } from './secret-token';

describe('newSecretToken', () => {
  it('makes a URL-safe token of 32 random bytes', () => {
    const { token } = newSecretToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(newSecretToken().token).not.toBe(token);
  });

  it('returns the SHA-256 of the token, never the token itself', () => {
    const { token, hash } = newSecretToken();
    expect(hash).toBe(hashSecretToken(token));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain(token);
  });
});

describe('hashSecretToken', () => {
  it('is the hex SHA-256 of the token', () => {
    expect(hashSecretToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });
});
