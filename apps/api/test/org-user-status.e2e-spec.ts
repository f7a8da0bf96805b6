import { DEMO_LOGINS, type User } from '@fullcircle/shared';
import { UserStatusService } from '../src/modules/org/user-status.service';
import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('deactivating and reactivating staff', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp('org_user_status');
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  const userByEmail = async (email: string): Promise<User> =>
    (await e2e.request({ method: 'GET', url: `/api/org/users?search=${encodeURIComponent(email)}`, cookie: admin })).json()[0];
  const post = (url: string, cookie = admin) => e2e.request({ method: 'POST', url, cookie });

  it('signs the user out everywhere and stops them logging in', async () => {
    const sessions = [await e2e.signIn('member'), await e2e.signIn('member')];
    const member = await userByEmail(DEMO_LOGINS.member.email);
    const res = await post(`/api/org/users/${member.id}/deactivate`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: member.id, status: 'deactivated' });
    for (const cookie of sessions) expect((await e2e.request({ method: 'GET', url: '/api/auth/me', cookie })).statusCode).toBe(401);
    const [{ n }] = await e2e.db.query('SELECT count(*)::int AS n FROM staff_session WHERE user_id = $1', [member.id]);
    expect(n).toBe(0);

    const login = await e2e.login(DEMO_LOGINS.member.email, DEMO_LOGINS.member.password);
    expect(login.statusCode).toBe(401);
    expect(login.json().message).toBe('Invalid email or password');
  });

  it('is idempotent', async () => {
    const member = await userByEmail(DEMO_LOGINS.member.email);
    expect((await post(`/api/org/users/${member.id}/deactivate`)).json()).toMatchObject({ status: 'deactivated' });
  });

  it('no longer counts a deactivated user in their departments', async () => {
    const departments = (await e2e.request({ method: 'GET', url: '/api/org/departments', cookie: admin })).json();
    const member = await userByEmail(DEMO_LOGINS.member.email);
    const [{ n }] = await e2e.db.query(
      `SELECT count(*)::int AS n FROM department_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.department_id = $1 AND u.status <> 'deactivated'`,
      [member.departmentIds[0]],
    );
    expect(departments.find((d: { id: string }) => d.id === member.departmentIds[0]).memberCount).toBe(n);
  });

  it('reactivates: the user can log in again', async () => {
    const member = await userByEmail(DEMO_LOGINS.member.email);
    const res = await post(`/api/org/users/${member.id}/reactivate`);
    expect(res.json()).toMatchObject({ status: 'active' });
    expect((await e2e.login(DEMO_LOGINS.member.email, DEMO_LOGINS.member.password)).statusCode).toBe(200);
  });

  it('reactivates someone who never accepted their invitation as invited', async () => {
    const invite = await e2e.request({ method: 'POST', url: '/api/org/users', cookie: admin, payload: { email: 'ivy@example.test', name: 'Ivy', role: 'member' } });
    const { id } = invite.json().user;
    await post(`/api/org/users/${id}/deactivate`);
    expect((await post(`/api/org/users/${id}/reactivate`)).json()).toMatchObject({ status: 'invited' });
  });

  it('does not let an admin deactivate themself', async () => {
    const me = await userByEmail(DEMO_LOGINS.admin.email);
    const res = await post(`/api/org/users/${me.id}/deactivate`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toBe('You cannot deactivate your own account');
  });

  it('never deactivates the last active admin', async () => {
    // Over HTTP only another active admin can try, so the target is never the last one: ask the service.
    const status = e2e.app.get(UserStatusService, { strict: false });
    const me = await userByEmail(DEMO_LOGINS.admin.email);
    const somebody = { id: '6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11', email: 'job@example.test', name: 'Job', role: 'admin' as const, departmentIds: [] };
    await expect(status.deactivate(somebody, me.id)).rejects.toThrow('The last active admin cannot be deactivated');
  });

  it('answers 404 for an unknown user', async () => {
    expect((await post('/api/org/users/6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11/deactivate')).statusCode).toBe(404);
  });
});
