import { portalRedirectPath, portalSignInPath } from './portal-redirect';

describe('portalRedirectPath', () => {
  it('goes back to the portal or board page that sent the customer', () => {
    expect(portalRedirectPath('/board/1234')).toBe('/board/1234');
    expect(portalRedirectPath('/portal?tab=consents')).toBe('/portal?tab=consents');
  });

  it('goes to the portal home for anything else: other sites, the staff app, the sign-in pages themselves', () => {
    for (const redirect of [undefined, '', 'https://evil.test/portal', '//evil.test/portal', '/\\evil.test', '/inbox', '/settings/users', '/portal/sign-in', '/portal/verify?token=x', '/portalx']) {
      expect({ redirect, to: portalRedirectPath(redirect) }).toEqual({ redirect, to: '/portal' });
    }
  });
});

describe('portalSignInPath', () => {
  it('carries the page to come back to', () => {
    expect(portalSignInPath('/board/1')).toBe('/portal/sign-in?redirect=%2Fboard%2F1');
    expect(portalSignInPath()).toBe('/portal/sign-in');
  });
});
