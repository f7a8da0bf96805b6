import { DEMO_LOGINS } from '@fullcircle/shared';
import { SessionService } from '../src/modules/auth/session.service';
import { type E2eApp, sessionCookie, startE2eApp } from './support/e2e-app';

const token = (cookie: string) => cookie.split('=')[1];

describe('session rotation', () => {
  let e2e: E2eApp;
  const me = (cookie: string) => e2e.request({ method: 'GET', url: '/api/auth/me', cookie });
  /** Moves the session's last rotation back in time, as if the user had been away. */
  const rotatedMinutesAgo = (cookie: string, minutes: number) =>
    e2e.db.query(
      `UPDATE staff_session SET rotated_at = now() - make_interval(secs => $2)
        WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex') OR previous_token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [token(cookie), minutes * 60],
    );

  beforeAll(async () => {
    e2e = await startE2eApp('auth_session', { SESSION_ROTATE_MINUTES: '15' });
  });

  afterAll(() => e2e?.close());

  it('keeps the same token while the rotation interval has not passed', async () => {
    const cookie = await e2e.signIn('member');
    const res = await me(cookie);
    expect(res.statusCode).toBe(200);
    expect(sessionCookie(res)).toBeNull();
  });

  it('sets a new cookie once the token is older than the rotation interval', async () => {
    const old = await e2e.signIn('member');
    await rotatedMinutesAgo(old, 16);
    const res = await me(old);
    expect(res.statusCode).toBe(200);
    const fresh = sessionCookie(res);
    expect(fresh).not.toBeNull();
    expect(fresh).not.toEqual(old);
    expect((await me(fresh!)).statusCode).toBe(200);
  });

  it('accepts the replaced token only within the grace period', async () => {
    const old = await e2e.signIn('owner');
    await rotatedMinutesAgo(old, 16);
    const fresh = sessionCookie(await me(old))!;

    // a request that was in flight with the old cookie still succeeds, and does not rotate again
    const inFlight = await me(old);
    expect(inFlight.statusCode).toBe(200);
    expect(sessionCookie(inFlight)).toBeNull();

    await rotatedMinutesAgo(fresh, 2);
    expect((await me(old)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);
  });

  it('keeps the session id across rotations', async () => {
    const old = await e2e.signIn('executive');
    const count = async () =>
      (await e2e.db.query(
        `SELECT count(*)::int AS n FROM staff_session s JOIN app_user u ON u.id = s.user_id WHERE u.email = $1`,
        [DEMO_LOGINS.executive.email],
      ))[0].n;
    const before = await count();
    await rotatedMinutesAgo(old, 30);
    await me(old);
    expect(await count()).toBe(before);
  });

  it('refuses an expired session', async () => {
    const cookie = await e2e.signIn('member');
    await e2e.db.query(
      `UPDATE staff_session SET expires_at = now() - interval '1 second' WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [token(cookie)],
    );
    expect((await me(cookie)).statusCode).toBe(401);
  });
});

describe(`${SessionService.name}.authenticate`, () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    e2e = await startE2eApp('auth_authenticate');
  });

  afterAll(() => e2e?.close());

  it('resolves a cookie token to the staff member, for guards outside the API (bull-board)', async () => {
    const sessions = e2e.app.get(SessionService, { strict: false });
    const cookie = await e2e.signIn('admin');
    await expect(sessions.authenticate(token(cookie))).resolves.toMatchObject({ email: DEMO_LOGINS.admin.email, role: 'admin' });
    await expect(sessions.authenticate(undefined)).resolves.toBeNull();
    await expect(sessions.authenticate('made-up')).resolves.toBeNull();
  });

  it('never rotates, since its caller cannot set the new cookie', async () => {
    const sessions = e2e.app.get(SessionService, { strict: false });
    const cookie = await e2e.signIn('admin');
    await e2e.db.query(`UPDATE staff_session SET rotated_at = now() - interval '1 day' WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`, [
      token(cookie),
    ]);
    await sessions.authenticate(token(cookie));
    await sessions.authenticate(token(cookie));
    const [row] = await e2e.db.query(
      `SELECT previous_token_hash FROM staff_session WHERE token_hash = encode(sha256(convert_to($1, 'UTF8')), 'hex')`,
      [token(cookie)],
    );
    expect(row).toEqual({ previous_token_hash: null });
  });
});
