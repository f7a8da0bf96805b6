import { canSeeCase, caseAbilities } from './case-permissions';

const D1 = 'dept-1';
const D2 = 'dept-2';
const user = (role: 'admin' | 'executive' | 'owner' | 'member', departmentIds: string[] = [D1]) => ({ role, departmentIds });

describe(caseAbilities.name, () => {
  it('lets an owner reassign their department’s cases and route triage, but not another department’s', () => {
    expect(caseAbilities(user('owner'), { status: 'assigned', departmentId: D1 }).reassign).toBe(true);
    expect(caseAbilities(user('owner'), { status: 'triage', departmentId: null }).reassign).toBe(true);
    expect(caseAbilities(user('owner'), { status: 'assigned', departmentId: D2 }).reassign).toBe(false);
  });

  it('lets members work their department’s cases but never reassign', () => {
    expect(caseAbilities(user('member'), { status: 'assigned', departmentId: D1 })).toEqual({ reassign: false, changeStatus: true });
    expect(caseAbilities(user('member'), { status: 'assigned', departmentId: D2 })).toEqual({ reassign: false, changeStatus: false });
    expect(caseAbilities(user('member'), { status: 'triage', departmentId: null })).toEqual({ reassign: false, changeStatus: false });
  });

  it('gives executives read-only access and nobody changes a closed case', () => {
    expect(caseAbilities(user('executive', []), { status: 'assigned', departmentId: D1 })).toEqual({ reassign: false, changeStatus: false });
    expect(caseAbilities(user('admin', []), { status: 'closed', departmentId: D1 })).toEqual({ reassign: false, changeStatus: false });
    expect(caseAbilities(user('admin', []), { status: 'new', departmentId: D2 })).toEqual({ reassign: true, changeStatus: true });
  });
});

describe(canSeeCase.name, () => {
  it('shows owners their departments and triage, members their departments only, admins and executives everything', () => {
    expect(canSeeCase(user('owner'), { status: 'triage', departmentId: null })).toBe(true);
    expect(canSeeCase(user('owner'), { status: 'assigned', departmentId: D2 })).toBe(false);
    expect(canSeeCase(user('member'), { status: 'triage', departmentId: null })).toBe(false);
    expect(canSeeCase(user('member'), { status: 'closed', departmentId: D1 })).toBe(true);
    expect(canSeeCase(user('executive', []), { status: 'new', departmentId: D2 })).toBe(true);
  });
});
