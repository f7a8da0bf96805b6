import { afterSignInPath } from './safe-redirect';

describe('afterSignInPath', () => {
  it('goes to the role home when nothing asked for sign-in', () => {
    expect(afterSignInPath('admin')).toBe('/settings/users');
    expect(afterSignInPath('executive')).toBe('/dashboard');
    expect(afterSignInPath('owner')).toBe('/inbox');
  });

  it('returns to an in-app page the role may open', () => {
    expect(afterSignInPath('admin', '/settings/departments')).toBe('/settings/departments');
    expect(afterSignInPath('member', '/account')).toBe('/account');
  });

  it("ignores a page of another role (e.g. the previous user's) and foreign URLs", () => {
    expect(afterSignInPath('member', '/settings/users')).toBe('/inbox');
    expect(afterSignInPath('admin', 'https://evil.example/settings/users')).toBe('/settings/users');
    expect(afterSignInPath('admin', '//evil.example/settings/users')).toBe('/settings/users');
  });
});
