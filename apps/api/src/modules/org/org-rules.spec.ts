import { invitationUrl, isLastActiveAdmin, membershipRows, slugify } from './org-rules';

describe('slugify', () => {
  it('turns a department name into lower-case words joined by dashes', () => {
    expect(slugify('Digital & App')).toBe('digital-app');
    expect(slugify('  Flight Opérations ')).toBe('flight-operations');
  });

  it('never returns an empty slug', () => {
    expect(slugify('!!!')).toBe('department');
  });
});

describe('membershipRows', () => {
  it('makes an owner the owner of each of their departments, once each', () => {
    expect(membershipRows('u', 'owner', ['a', 'b', 'a'])).toEqual([
      { userId: 'u', departmentId: 'a', isOwner: true },
      { userId: 'u', departmentId: 'b', isOwner: true },
    ]);
  });

  it('makes a member a plain member', () => {
    expect(membershipRows('u', 'member', ['a'])).toEqual([{ userId: 'u', departmentId: 'a', isOwner: false }]);
  });
});

describe('isLastActiveAdmin', () => {
  it('is true only for the one remaining active admin', () => {
    expect(isLastActiveAdmin(['a'], 'a')).toBe(true);
    expect(isLastActiveAdmin(['a', 'b'], 'a')).toBe(false);
    expect(isLastActiveAdmin(['a'], 'b')).toBe(false);
  });
});

describe('invitationUrl', () => {
  it('points at the web app accept page with the token', () => {
    expect(invitationUrl('https://cx.example.com/', 'abc_-1')).toBe('https://cx.example.com/accept-invitation?token=abc_-1');
  });
});
