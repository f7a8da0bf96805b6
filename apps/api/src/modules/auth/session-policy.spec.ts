import { graceCutoff, lastSeenStale, ROTATION_GRACE_MS, rotationDue, sessionExpiry } from './session-policy';

const now = new Date('2026-11-25T12:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000);

describe('rotationDue', () => {
  it('rotates a token older than the rotation interval', () => {
    expect(rotationDue(minutesAgo(16), now, 15)).toBe(true);
    expect(rotationDue(minutesAgo(15), now, 15)).toBe(true);
  });

  it('keeps a fresh token', () => {
    expect(rotationDue(minutesAgo(14), now, 15)).toBe(false);
    expect(rotationDue(now, now, 15)).toBe(false);
  });
});

describe('graceCutoff', () => {
  it('accepts a replaced token only within the grace period after rotation', () => {
    const cutoff = graceCutoff(now);
    const rotatedJustNow = new Date(now.getTime() - ROTATION_GRACE_MS + 1_000);
    const rotatedLongAgo = new Date(now.getTime() - ROTATION_GRACE_MS - 1_000);
    expect(rotatedJustNow > cutoff).toBe(true);
    expect(rotatedLongAgo > cutoff).toBe(false);
  });
});

describe('sessionExpiry', () => {
  it('ends the session SESSION_TTL_HOURS from now', () => {
    expect(sessionExpiry(now, 12).toISOString()).toBe('2026-11-26T00:00:00.000Z');
  });
});

describe('lastSeenStale', () => {
  it('records activity at most once a minute', () => {
    expect(lastSeenStale(minutesAgo(0.5), now)).toBe(false);
    expect(lastSeenStale(minutesAgo(1), now)).toBe(true);
  });
});
