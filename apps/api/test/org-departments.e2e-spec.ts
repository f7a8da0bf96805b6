import type { Department } from '@fullcircle/shared';
import { type E2eApp, startE2eApp } from './support/e2e-app';

describe('departments', () => {
  let e2e: E2eApp;
  let admin: string;

  beforeAll(async () => {
    e2e = await startE2eApp('org_departments');
    admin = await e2e.signIn('admin');
  });

  afterAll(() => e2e?.close());

  const list = async (cookie: string): Promise<Department[]> => (await e2e.request({ method: 'GET', url: '/api/org/departments', cookie })).json();

  it('lists the demo departments with owners and head counts to any signed-in staff member', async () => {
    const member = await e2e.signIn('member');
    const res = await e2e.request({ method: 'GET', url: '/api/org/departments', cookie: member });
    expect(res.statusCode).toBe(200);
    const baggage = (res.json() as Department[]).find((d) => d.slug === 'baggage')!;
    const [owner] = await e2e.db.query(`SELECT id FROM app_user WHERE email = 'owner@demo.fullcircle.test'`);
    expect(baggage.ownerIds).toEqual([owner.id]);
    expect(baggage.memberCount).toBeGreaterThanOrEqual(2);
    expect((res.json() as Department[]).map((d) => d.slug)).toEqual(
      expect.arrayContaining(['customer-care', 'baggage', 'flight-operations', 'digital-app', 'loyalty']),
    );
  });

  it('lets an admin create a department, deriving the slug from the name', async () => {
    const res = await e2e.request({ method: 'POST', url: '/api/org/departments', cookie: admin, payload: { name: 'Cabin Crew' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ name: 'Cabin Crew', slug: 'cabin-crew', description: null, ownerIds: [], memberCount: 0 });
    expect((await list(admin)).map((d) => d.slug)).toContain('cabin-crew');
  });

  it('answers 409 naming slug when the slug is taken', async () => {
    const res = await e2e.request({ method: 'POST', url: '/api/org/departments', cookie: admin, payload: { name: 'Bags', slug: 'baggage' } });
    expect(res.statusCode).toBe(409);
    expect(res.json().issues).toEqual([expect.objectContaining({ field: 'slug' })]);
  });

  it('names the bad field and rejects unknown ones', async () => {
    const bad = await e2e.request({ method: 'POST', url: '/api/org/departments', cookie: admin, payload: { name: 'X', slug: 'Not A Slug' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().issues).toEqual([expect.objectContaining({ field: 'slug' })]);
    const unknown = await e2e.request({ method: 'POST', url: '/api/org/departments', cookie: admin, payload: { name: 'X', budget: 5 } });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().issues).toEqual([{ field: 'budget', message: 'is not an allowed field' }]);
  });

  it('lets an admin rename and describe a department', async () => {
    const loyalty = (await list(admin)).find((d) => d.slug === 'loyalty')!;
    const payload = { name: 'Loyalty & Partners', description: 'Miles, status and partner airlines' };
    const res = await e2e.request({ method: 'PATCH', url: `/api/org/departments/${loyalty.id}`, cookie: admin, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ...payload, slug: 'loyalty', memberCount: loyalty.memberCount, ownerIds: loyalty.ownerIds });
  });

  it('answers 404 for an unknown department and 400 naming id for a malformed one', async () => {
    const missing = await e2e.request({
      method: 'PATCH',
      url: '/api/org/departments/6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11',
      cookie: admin,
      payload: { name: 'Ghost' },
    });
    expect(missing.statusCode).toBe(404);
    const malformed = await e2e.request({ method: 'PATCH', url: '/api/org/departments/not-a-uuid', cookie: admin, payload: { name: 'Ghost' } });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().issues).toEqual([expect.objectContaining({ field: 'id' })]);
  });

  it.each(['member', 'owner', 'executive'] as const)('forbids a %s to create or change departments', async (role) => {
    const cookie = await e2e.signIn(role);
    const create = await e2e.request({ method: 'POST', url: '/api/org/departments', cookie, payload: { name: 'Shadow IT' } });
    expect(create.statusCode).toBe(403);
    const [anyDepartment] = await list(cookie);
    const update = await e2e.request({ method: 'PATCH', url: `/api/org/departments/${anyDepartment.id}`, cookie, payload: { name: 'Mine' } });
    expect(update.statusCode).toBe(403);
  });
});
