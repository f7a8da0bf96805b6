import type { BusinessHours } from '@fullcircle/shared';
import { type LocalDate, instantOf, isoDate, localDateOf, nextLocalDate } from './zoned-time';

const MINUTE = 60_000;
/** Far enough for any real SLA; a calendar with no working time at all ends the search here. */
const MAX_DAYS = 3 * 366;

export interface Interval {
  from: number;
  to: number | null;
}

const minutesOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/** The working window of one local date, as instants; null on days off and holidays. */
function windowOn(hours: BusinessHours, date: LocalDate): [number, number] | null {
  if (!hours.workingDays.includes(date.weekday) || hours.holidays.includes(isoDate(date))) return null;
  return [instantOf(date, minutesOf(hours.start), hours.timeZone), instantOf(date, minutesOf(hours.end), hours.timeZone)];
}

/** Each working window from `from`'s local date on, clipped to start no earlier than `from`. */
function* windowsFrom(hours: BusinessHours, from: number): Generator<[number, number]> {
  // Start a day early: a window that began on the previous local date can still be open.
  let date = localDateOf(from - 24 * 3600_000, hours.timeZone);
  for (let i = 0; i < MAX_DAYS; i++, date = nextLocalDate(date)) {
    const window = windowOn(hours, date);
    if (!window || window[1] <= from) continue;
    yield [Math.max(window[0], from), window[1]];
  }
}

/** The instant `minutes` of working time after `from`. */
export function addBusinessMinutes(hours: BusinessHours, from: Date, minutes: number): Date {
  let remaining = minutes * MINUTE;
  if (remaining <= 0) return new Date(from);
  for (const [start, end] of windowsFrom(hours, from.getTime())) {
    if (remaining <= end - start) return new Date(start + remaining);
    remaining -= end - start;
  }
  throw new Error('these business hours have no working time in the next three years');
}

/** Working time between two instants, in (fractional) minutes; 0 when `to` is not after `from`. */
export function businessMinutesBetween(hours: BusinessHours, from: Date, to: Date): number {
  let total = 0;
  const end = to.getTime();
  for (const [start, windowEnd] of windowsFrom(hours, from.getTime())) {
    if (start >= end) break;
    total += Math.min(windowEnd, end) - start;
  }
  return total / MINUTE;
}

/**
 * When an SLA target is due: `targetMinutes` of working time after `startedAt`, not counting the
 * time the clock was paused (a case waiting on the customer). Null while a pause is open: the
 * clock is stopped and nothing is due until it resumes.
 */
export function slaDueAt(hours: BusinessHours, startedAt: Date, targetMinutes: number, pauses: readonly Interval[]): Date | null {
  let cursor = startedAt.getTime();
  let remaining = targetMinutes;
  const ordered = [...pauses].sort((a, b) => a.from - b.from);
  for (const pause of ordered) {
    if (pause.to !== null && pause.to <= cursor) continue;
    if (pause.from > cursor) {
      const available = businessMinutesBetween(hours, new Date(cursor), new Date(pause.from));
      if (remaining <= available) break;
      remaining -= available;
    }
    if (pause.to === null) return null;
    cursor = Math.max(cursor, pause.to);
  }
  return addBusinessMinutes(hours, new Date(cursor), remaining);
}
