import { sessionCookieOptions } from './session-cookie';

describe('sessionCookieOptions', () => {
  it('keeps the cookie away from scripts and cross-site posts, for the whole site', () => {
    expect(sessionCookieOptions({ COOKIE_SECURE: false, SESSION_TTL_HOURS: 12 })).toEqual({
      httpOnly: true,
      sameSite: 'lax',
      secure: false,
      path: '/',
      maxAge: 12 * 3600,
    });
  });

  it('is Secure when COOKIE_SECURE is on', () => {
    expect(sessionCookieOptions({ COOKIE_SECURE: true, SESSION_TTL_HOURS: 1 }).secure).toBe(true);
  });

  it('lives as long as the session, in seconds', () => {
    expect(sessionCookieOptions({ COOKIE_SECURE: false, SESSION_TTL_HOURS: 0.5 }).maxAge).toBe(1800);
  });
});
