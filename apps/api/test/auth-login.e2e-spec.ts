import { DEMO_LOGINS, ROLES } from '@fullcircle/shared';
import { type E2eApp, sessionCookie, startE2eApp } from './support/e2e-app';

describe('staff sign-in', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('auth_login');
  });

  afterAll(() => e2e?.close());

  describe('login', () => {
    it.each(ROLES)('signs in the demo %s and /me answers who they are', async (role) => {
      const login = DEMO_LOGINS[role];
      const res = await e2e.login(login.email, login.password);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ email: login.email, name: login.name, role });
      const me = await e2e.request({ method: 'GET', url: '/api/auth/me', cookie: sessionCookie(res)! });
      expect(me.statusCode).toBe(200);
      expect(me.json()).toEqual(res.json());
    });

    it('sets an httpOnly, SameSite=Lax session cookie for the whole site', async () => {
      const res = await e2e.login(DEMO_LOGINS.member.email, DEMO_LOGINS.member.password);
      const cookie = res.cookies.find((c) => c.name === 'fc_session')!;
      expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/', maxAge: 12 * 3600 });
      expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    });

    it('starts a new session on every login', async () => {
      const first = sessionCookie(await e2e.login(DEMO_LOGINS.owner.email, DEMO_LOGINS.owner.password));
      const second = sessionCookie(await e2e.login(DEMO_LOGINS.owner.email, DEMO_LOGINS.owner.password));
      expect(first).not.toEqual(second);
    });

    it('accepts the email in any case', async () => {
      const res = await e2e.login(DEMO_LOGINS.admin.email.toUpperCase(), DEMO_LOGINS.admin.password);
      expect(res.statusCode).toBe(200);
    });

    it('answers a wrong password with a generic 401', async () => {
      const res = await e2e.login(DEMO_LOGINS.admin.email, 'not-the-password');
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ statusCode: 401, message: 'Invalid email or password' });
      expect(sessionCookie(res)).toBeNull();
    });

    it('answers an unknown email with the same 401 and message', async () => {
      const res = await e2e.login('nobody@demo.fullcircle.test', 'whatever-password');
      expect(res.statusCode).toBe(401);
      expect(res.json().message).toBe('Invalid email or password');
    });

    it('names the field of a malformed login', async () => {
      const res = await e2e.request({ method: 'POST', url: '/api/auth/login', payload: { email: 'nope', password: 'x' } });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'email' })]);
    });

    it('rejects an unknown field in the login body', async () => {
      const payload = { email: DEMO_LOGINS.admin.email, password: DEMO_LOGINS.admin.password, remember: true };
      const res = await e2e.request({ method: 'POST', url: '/api/auth/login', payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'remember', message: 'is not an allowed field' }]);
    });

    it('records the time of the last login', async () => {
      await e2e.signIn('executive');
      const [row] = await e2e.db.query('SELECT last_login_at FROM app_user WHERE email = $1', [DEMO_LOGINS.executive.email]);
      expect(row.last_login_at).not.toBeNull();
    });
  });

  describe('without a session', () => {
    it('answers 401 on /api/auth/me and on an admin endpoint', async () => {
      for (const url of ['/api/auth/me', '/api/org/users']) {
        const res = await e2e.request({ method: 'GET', url });
        expect(res.statusCode).toBe(401);
        expect(res.json()).toMatchObject({ statusCode: 401, message: 'Sign in to continue' });
      }
    });

    it('answers 401 to a made-up cookie and clears it', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/auth/me', cookie: 'fc_session=forged-token' });
      expect(res.statusCode).toBe(401);
      expect(res.cookies.find((c) => c.name === 'fc_session')?.value).toBe('');
    });
  });

  describe('logout', () => {
    it('ends the session: the old cookie then gets 401', async () => {
      const cookie = await e2e.signIn('member');
      const res = await e2e.request({ method: 'POST', url: '/api/auth/logout', cookie });
      expect(res.statusCode).toBe(204);
      expect(res.cookies.find((c) => c.name === 'fc_session')?.value).toBe('');
      expect((await e2e.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    });
  });

  describe('change password', () => {
    const email = 'password.changer@demo.fullcircle.test';

    beforeAll(async () => {
      // A dedicated account, so the demo logins keep their password for the other tests.
      const admin = await e2e.signIn('admin');
      const invite = await e2e.request({ method: 'POST', url: '/api/org/users', cookie: admin, payload: { email, name: 'Pat Changer', role: 'member' } });
      const token = new URL(invite.json().invitationUrl).searchParams.get('token');
      await e2e.request({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token, password: 'first-password-1' } });
    });

    it('refuses a wrong current password, naming the field', async () => {
      const cookie = sessionCookie(await e2e.login(email, 'first-password-1'))!;
      const payload = { currentPassword: 'not-it-at-all', newPassword: 'second-password-2' };
      const res = await e2e.request({ method: 'POST', url: '/api/auth/password', cookie, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'currentPassword' })]);
    });

    it('names a too-short new password', async () => {
      const cookie = sessionCookie(await e2e.login(email, 'first-password-1'))!;
      const payload = { currentPassword: 'first-password-1', newPassword: 'short' };
      const res = await e2e.request({ method: 'POST', url: '/api/auth/password', cookie, payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'newPassword', message: 'must be at least 10 characters' }]);
    });

    it('sets the new password, keeps this session and signs out the others', async () => {
      const here = sessionCookie(await e2e.login(email, 'first-password-1'))!;
      const elsewhere = sessionCookie(await e2e.login(email, 'first-password-1'))!;
      const payload = { currentPassword: 'first-password-1', newPassword: 'second-password-2' };
      expect((await e2e.request({ method: 'POST', url: '/api/auth/password', cookie: here, payload })).statusCode).toBe(204);
      expect((await e2e.request({ method: 'GET', url: '/api/auth/me', cookie: here })).statusCode).toBe(200);
      expect((await e2e.request({ method: 'GET', url: '/api/auth/me', cookie: elsewhere })).statusCode).toBe(401);
      expect((await e2e.login(email, 'first-password-1')).statusCode).toBe(401);
      expect((await e2e.login(email, 'second-password-2')).statusCode).toBe(200);
    });
  });
});
