/**
 * After a rotation the replaced token keeps working this long, so requests already in flight
 * with the old cookie (parallel API calls, a second tab) do not sign the user out.
 */
export const ROTATION_GRACE_MS = 60_000;

/** Only write lastSeenAt this often: a write on every request would cost more than it tells. */
export const LAST_SEEN_RESOLUTION_MS = 60_000;

export function rotationDue(rotatedAt: Date, now: Date, rotateMinutes: number): boolean {
  return now.getTime() - rotatedAt.getTime() >= rotateMinutes * 60_000;
}

/** The moment before which a replaced token is no longer accepted. */
export function graceCutoff(now: Date): Date {
  return new Date(now.getTime() - ROTATION_GRACE_MS);
}

export function sessionExpiry(now: Date, ttlHours: number): Date {
  return new Date(now.getTime() + ttlHours * 3_600_000);
}

export function lastSeenStale(lastSeenAt: Date, now: Date): boolean {
  return now.getTime() - lastSeenAt.getTime() >= LAST_SEEN_RESOLUTION_MS;
}
