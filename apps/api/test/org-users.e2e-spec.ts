import { DEMO_LOGINS, type Department, type InviteUserResponse, type User } from '@fullcircle/shared';
import { type E2eApp, sessionCookie, startE2eApp } from './support/e2e-app';

describe('staff management', () => {
  let e2e: E2eApp;
  let admin: string;
  let departments: Record<string, string>;

  beforeAll(async () => {
    e2e = await startE2eApp('org_users', { PUBLIC_URL: 'https://cx.example.test' });
    admin = await e2e.signIn('admin');
    const list: Department[] = (await e2e.request({ method: 'GET', url: '/api/org/departments', cookie: admin })).json();
    departments = Object.fromEntries(list.map((d) => [d.slug, d.id]));
  });

  afterAll(() => e2e?.close());

  const invite = (payload: Record<string, unknown>, cookie = admin) => e2e.request({ method: 'POST', url: '/api/org/users', cookie, payload });
  const users = async (query = ''): Promise<User[]> => (await e2e.request({ method: 'GET', url: `/api/org/users${query}`, cookie: admin })).json();
  const tokenOf = (res: InviteUserResponse) => new URL(res.invitationUrl).searchParams.get('token')!;

  describe('who may manage staff', () => {
    it.each(['member', 'owner', 'executive'] as const)('forbids a %s every admin endpoint', async (role) => {
      const cookie = await e2e.signIn(role);
      const [someone] = await users();
      const calls = [
        { method: 'GET' as const, url: '/api/org/users' },
        { method: 'POST' as const, url: '/api/org/users', payload: { email: 'x@y.test', name: 'X', role: 'member' } },
        { method: 'PATCH' as const, url: `/api/org/users/${someone.id}`, payload: { name: 'Hacked' } },
        { method: 'POST' as const, url: `/api/org/users/${someone.id}/deactivate` },
        { method: 'POST' as const, url: `/api/org/users/${someone.id}/reactivate` },
      ];
      for (const call of calls) {
        const res = await e2e.request({ ...call, cookie });
        expect({ call: call.url, status: res.statusCode }).toEqual({ call: call.url, status: 403 });
      }
    });
  });

  describe('listing', () => {
    it('filters by role, department, status and a search on name or email', async () => {
      expect((await users('?role=executive')).map((u) => u.email)).toEqual([DEMO_LOGINS.executive.email]);
      const baggage = await users(`?departmentId=${departments.baggage}`);
      expect(baggage.map((u) => u.email)).toEqual(expect.arrayContaining([DEMO_LOGINS.owner.email, DEMO_LOGINS.member.email]));
      expect(baggage.every((u) => u.departmentIds.includes(departments.baggage))).toBe(true);
      expect((await users('?search=MILO')).map((u) => u.email)).toEqual([DEMO_LOGINS.member.email]);
      expect((await users('?search=owner%40demo')).map((u) => u.email)).toEqual([DEMO_LOGINS.owner.email]);
      expect((await users('?status=invited')).every((u) => u.status === 'invited')).toBe(true);
    });

    it('names a bad filter', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/org/users?role=pilot', cookie: admin });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'role' })]);
    });
  });

  describe('invitation', () => {
    it('invites, and the invited user sets a password, is signed in and can log in again', async () => {
      const res = await invite({ email: 'Nora.New@Example.test', name: 'Nora New', role: 'member', departmentIds: [departments.loyalty] });
      expect(res.statusCode).toBe(201);
      const body: InviteUserResponse = res.json();
      expect(body.user).toMatchObject({ email: 'nora.new@example.test', status: 'invited', departmentIds: [departments.loyalty] });
      expect(body.invitationUrl).toMatch(/^https:\/\/cx\.example\.test\/accept-invitation\?token=[A-Za-z0-9_-]{43}$/);
      expect((await e2e.login('nora.new@example.test', 'anything-at-all')).statusCode).toBe(401);

      const accepted = await e2e.request({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token: tokenOf(body), password: 'nora-chose-this' } });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({ email: 'nora.new@example.test', role: 'member', departmentIds: [departments.loyalty] });
      expect((await e2e.request({ method: 'GET', url: '/api/auth/me', cookie: sessionCookie(accepted)! })).statusCode).toBe(200);

      expect((await e2e.login('nora.new@example.test', 'nora-chose-this')).statusCode).toBe(200);
      const again = await e2e.request({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token: tokenOf(body), password: 'second-go-at-it' } });
      expect(again.statusCode).toBe(400);
      expect(again.json().issues).toEqual([expect.objectContaining({ field: 'token' })]);
    });

    it('stores only a hash of the invitation token', async () => {
      const body: InviteUserResponse = (await invite({ email: 'hash.check@example.test', name: 'Hash Check', role: 'member' })).json();
      const [row] = await e2e.db.query('SELECT invitation_token_hash, invitation_expires_at FROM app_user WHERE id = $1', [body.user.id]);
      expect(row.invitation_token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.invitation_token_hash).not.toContain(tokenOf(body));
      const days = (new Date(row.invitation_expires_at).getTime() - Date.now()) / 86_400_000;
      expect(days).toBeGreaterThan(6.9);
      expect(days).toBeLessThanOrEqual(7);
    });

    it('refuses an expired invitation', async () => {
      const body: InviteUserResponse = (await invite({ email: 'late.larry@example.test', name: 'Late Larry', role: 'member' })).json();
      await e2e.db.query(`UPDATE app_user SET invitation_expires_at = now() - interval '1 minute' WHERE id = $1`, [body.user.id]);
      const res = await e2e.request({ method: 'POST', url: '/api/auth/invitations/accept', payload: { token: tokenOf(body), password: 'too-late-now' } });
      expect(res.statusCode).toBe(400);
    });

    it('answers 409 naming email when the email is taken, in any case', async () => {
      const res = await invite({ email: DEMO_LOGINS.member.email.toUpperCase(), name: 'Twin', role: 'member' });
      expect(res.statusCode).toBe(409);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'email' })]);
    });

    it('answers 400 naming the field for a malformed email', async () => {
      const res = await invite({ email: 'nope', name: 'Nope', role: 'member' });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'email' })]);
    });

    it('rejects an unknown field', async () => {
      const res = await invite({ email: 'sneaky@example.test', name: 'Sneaky', role: 'member', isAdmin: true });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'isAdmin', message: 'is not an allowed field' }]);
    });

    it('answers 400 naming departmentIds for a department that does not exist', async () => {
      const res = await invite({ email: 'lost@example.test', name: 'Lost', role: 'member', departmentIds: ['6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11'] });
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([expect.objectContaining({ field: 'departmentIds' })]);
    });

    it('announces an audit event in the outbox, in the same transaction', async () => {
      const body: InviteUserResponse = (await invite({ email: 'audited@example.test', name: 'Audited', role: 'owner' })).json();
      const rows = await e2e.db.query(
        `SELECT payload FROM outbox_message WHERE queue = 'audit' AND job_name = 'record' AND payload->>'targetId' = $1`,
        [body.user.id],
      );
      expect(rows).toEqual([{ payload: expect.objectContaining({ action: 'org.user.invited', targetType: 'user', actorName: 'Ada Admin' }) }]);
    });
  });

  describe('changing role and departments', () => {
    it('moves a member to other departments and makes them their owner', async () => {
      const body: InviteUserResponse = (await invite({ email: 'rory.role@example.test', name: 'Rory Role', role: 'member', departmentIds: [departments.baggage] })).json();
      const payload = { role: 'owner', departmentIds: [departments['flight-operations'], departments['digital-app']] };
      const res = await e2e.request({ method: 'PATCH', url: `/api/org/users/${body.user.id}`, cookie: admin, payload });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ role: 'owner', departmentIds: [...payload.departmentIds].sort() });
      const list: Department[] = (await e2e.request({ method: 'GET', url: '/api/org/departments', cookie: admin })).json();
      expect(list.find((d) => d.slug === 'flight-operations')!.ownerIds).toContain(body.user.id);
      expect(list.find((d) => d.slug === 'baggage')!.ownerIds).not.toContain(body.user.id);
    });

    it('takes ownership away with the owner role, keeping the departments', async () => {
      const [owner] = await users('?search=owner%40demo');
      const res = await e2e.request({ method: 'PATCH', url: `/api/org/users/${owner.id}`, cookie: admin, payload: { role: 'member' } });
      expect(res.json()).toMatchObject({ role: 'member', departmentIds: owner.departmentIds });
      const list: Department[] = (await e2e.request({ method: 'GET', url: '/api/org/departments', cookie: admin })).json();
      expect(list.find((d) => d.slug === 'baggage')!.ownerIds).not.toContain(owner.id);
      await e2e.request({ method: 'PATCH', url: `/api/org/users/${owner.id}`, cookie: admin, payload: { role: 'owner' } });
    });

    it('applies a role change to the next request of a signed-in user', async () => {
      const cookie = await e2e.signIn('executive');
      const [exec] = await users('?role=executive');
      await e2e.request({ method: 'PATCH', url: `/api/org/users/${exec.id}`, cookie: admin, payload: { role: 'admin' } });
      expect((await e2e.request({ method: 'GET', url: '/api/org/users', cookie })).statusCode).toBe(200);
      await e2e.request({ method: 'PATCH', url: `/api/org/users/${exec.id}`, cookie: admin, payload: { role: 'executive' } });
      expect((await e2e.request({ method: 'GET', url: '/api/org/users', cookie })).statusCode).toBe(403);
    });

    it('never demotes the last active admin', async () => {
      const [me] = await users('?role=admin&status=active');
      const res = await e2e.request({ method: 'PATCH', url: `/api/org/users/${me.id}`, cookie: admin, payload: { role: 'member' } });
      expect(res.statusCode).toBe(409);
      expect(res.json().message).toMatch(/last active admin/);
    });
  });
});
