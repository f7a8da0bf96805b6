import { decideAccess } from './access-decision';

const admin = { role: 'admin' as const };
const member = { role: 'member' as const };

describe('decideAccess', () => {
  it('lets anyone call a public route', () => {
    expect(decideAccess({ kind: 'public', reason: 'login' }, null)).toBe('allow');
  });

  it('refuses a route that declares no permission, even to an admin', () => {
    expect(decideAccess(undefined, admin)).toBe('undeclared');
    expect(decideAccess(undefined, null)).toBe('undeclared');
  });

  it('asks for a sign-in when a role is required and there is no session', () => {
    expect(decideAccess({ kind: 'roles', roles: ['admin'] }, null)).toBe('unauthenticated');
  });

  it('forbids a role that is not in the allowed list', () => {
    expect(decideAccess({ kind: 'roles', roles: ['admin'] }, member)).toBe('forbidden');
    expect(decideAccess({ kind: 'roles', roles: [] }, admin)).toBe('forbidden');
  });

  it('allows a role that is in the allowed list', () => {
    expect(decideAccess({ kind: 'roles', roles: ['owner', 'member'] }, member)).toBe('allow');
  });
});
