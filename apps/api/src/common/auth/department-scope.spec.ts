import { canSeeDepartment, departmentScope } from './department-scope';

const dept = '6f1c8a4e-5b0e-4f43-9a59-0a3c7c1f2b11';
const other = '0b8b8e4f-63f3-4a1f-8f25-b1b0f0e7c6a2';

describe('departmentScope', () => {
  it('gives admins and executives the whole organisation', () => {
    expect(departmentScope({ role: 'admin', departmentIds: [] })).toEqual({ kind: 'all' });
    expect(departmentScope({ role: 'executive', departmentIds: [] })).toEqual({ kind: 'all' });
  });

  it('limits owners and members to their departments', () => {
    expect(departmentScope({ role: 'member', departmentIds: [dept] })).toEqual({ kind: 'departments', departmentIds: [dept] });
  });
});

describe('canSeeDepartment', () => {
  it('lets a member see their own department only', () => {
    const member = { role: 'member' as const, departmentIds: [dept] };
    expect(canSeeDepartment(member, dept)).toBe(true);
    expect(canSeeDepartment(member, other)).toBe(false);
    expect(canSeeDepartment(member, null)).toBe(false);
  });
});
