import { formatLastLogin } from './format-last-login';

describe('formatLastLogin', () => {
  const now = new Date('2026-11-25T12:00:00Z');

  it('says Never for users who have not signed in', () => {
    expect(formatLastLogin(null, now)).toBe('Never');
  });

  it('speaks in relative time', () => {
    expect(formatLastLogin('2026-11-25T11:59:40Z', now)).toBe('just now');
    expect(formatLastLogin('2026-11-25T09:00:00Z', now)).toBe('3 hours ago');
    expect(formatLastLogin('2026-11-24T12:00:00Z', now)).toBe('yesterday');
  });
});
