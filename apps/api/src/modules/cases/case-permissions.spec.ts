import { canSeeCase, caseAbilities } from './case-permissions';

const D1 = 'dept-1';
const D2 = 'dept-2';
const ME = 'user-me';
const OTHER = 'user-other';
const user = (role: 'admin' | 'executive' | 'owner' | 'member', departmentIds: string[] = [D1]) => ({ id: ME, role, departmentIds });
const scope = (status: 'triage' | 'assigned' | 'new' | 'resolved' | 'closed', departmentId: string | null, assigneeId: string | null = null, granted = false) => ({
  status,
  departmentId,
  assigneeId,
  granted,
});

describe(caseAbilities.name, () => {
  it('lets an owner reassign their department’s cases and route triage, but not another department’s', () => {
    expect(caseAbilities(user('owner'), scope('assigned', D1, OTHER)).reassign).toBe(true);
    expect(caseAbilities(user('owner'), scope('triage', null)).reassign).toBe(true);
    expect(caseAbilities(user('owner'), scope('assigned', D2, OTHER)).reassign).toBe(false);
  });

  it('lets members work their own and unassigned cases of their department but never reassign or merge', () => {
    const mine = caseAbilities(user('member'), scope('assigned', D1, ME));
    expect(mine).toMatchObject({ reassign: false, merge: false, changeStatus: true, reply: true, resolve: true, note: true, act: true });
    expect(caseAbilities(user('member'), scope('new', D1, null)).reply).toBe(true);
    expect(caseAbilities(user('member'), scope('assigned', D1, OTHER))).toMatchObject({ changeStatus: false, reply: false, note: false });
    expect(caseAbilities(user('member'), scope('assigned', D2, ME)).reply).toBe(false);
    expect(caseAbilities(user('member'), scope('triage', null)).changeStatus).toBe(false);
  });

  it('reopens only resolved cases and closes resolved ones, and owners may close any open case of theirs', () => {
    expect(caseAbilities(user('member'), scope('resolved', D1, ME))).toMatchObject({ reopen: true, close: true, resolve: false, reply: true });
    expect(caseAbilities(user('member'), scope('assigned', D1, ME)).close).toBe(false);
    expect(caseAbilities(user('owner'), scope('assigned', D1, OTHER)).close).toBe(true);
    expect(caseAbilities(user('admin', []), scope('closed', D1))).toMatchObject({ reopen: false, close: false, reply: false, act: false });
  });

  it('gives executives read-only access and a granted colleague notes only', () => {
    expect(Object.values(caseAbilities(user('executive', []), scope('assigned', D1, OTHER))).some(Boolean)).toBe(false);
    const granted = caseAbilities(user('member', [D2]), scope('assigned', D1, OTHER, true));
    expect(granted).toMatchObject({ note: true, reply: false, changeStatus: false, resolve: false });
  });
});

describe(canSeeCase.name, () => {
  it('shows owners their departments and triage, members their own and unassigned department cases, admins and executives everything', () => {
    expect(canSeeCase(user('owner'), scope('triage', null))).toBe(true);
    expect(canSeeCase(user('owner'), scope('assigned', D2, OTHER))).toBe(false);
    expect(canSeeCase(user('member'), scope('triage', null))).toBe(false);
    expect(canSeeCase(user('member'), scope('closed', D1, ME))).toBe(true);
    expect(canSeeCase(user('member'), scope('new', D1, null))).toBe(true);
    expect(canSeeCase(user('member'), scope('assigned', D1, OTHER))).toBe(false);
    expect(canSeeCase(user('executive', []), scope('new', D2))).toBe(true);
  });

  it('lets in a colleague of another department who was granted the case', () => {
    expect(canSeeCase(user('member', [D2]), scope('assigned', D1, OTHER, true))).toBe(true);
    expect(canSeeCase(user('member', [D2]), scope('assigned', D1, OTHER, false))).toBe(false);
  });
});
