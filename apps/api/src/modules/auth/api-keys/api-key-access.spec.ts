import { decideApiKeyAccess } from './api-key-access';

const active = { scopes: ['intake:write'], revokedAt: null };

describe('decideApiKeyAccess', () => {
  it('allows an active key holding the scope', () => {
    expect(decideApiKeyAccess(true, active, 'intake:write')).toBe('allow');
  });

  it('tells a missing key from an unknown one', () => {
    expect(decideApiKeyAccess(false, null, 'intake:write')).toBe('missing');
    expect(decideApiKeyAccess(true, null, 'intake:write')).toBe('unknown');
  });

  it('refuses a revoked key even when it holds the scope', () => {
    expect(decideApiKeyAccess(true, { ...active, revokedAt: new Date() }, 'intake:write')).toBe('revoked');
  });

  it('refuses a key without the scope', () => {
    expect(decideApiKeyAccess(true, { scopes: [], revokedAt: null }, 'intake:write')).toBe('insufficient_scope');
  });
});
