import { ALWAYS_OPEN, type BusinessHours } from '@fullcircle/shared';
import fc from 'fast-check';
import { addBusinessMinutes, businessMinutesBetween, slaDueAt } from './business-clock';

const LONDON: BusinessHours = { timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: ['2026-12-25', '2026-12-28'] };
const NEW_YORK: BusinessHours = { ...LONDON, timeZone: 'America/New_York', holidays: [] };
const TOKYO_SAT: BusinessHours = { timeZone: 'Asia/Tokyo', workingDays: [6], start: '10:00', end: '14:00', holidays: [] };
const at = (iso: string) => new Date(iso);
const calendars = fc.constantFrom(LONDON, NEW_YORK, TOKYO_SAT, ALWAYS_OPEN);
const instants = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }).map((ms) => new Date(Math.floor(ms / 60_000) * 60_000));
const durations = fc.integer({ min: 0, max: 5 * 24 * 60 });


describe('business clock', () => {
  it('counts only working hours: Friday 16:00 + 2 h is Monday 10:00', () => {
    // 2026-11-27 is a Friday; London is on GMT (UTC+0) in November
    expect(addBusinessMinutes(LONDON, at('2026-11-27T16:00:00Z'), 120).toISOString()).toBe('2026-11-30T10:00:00.000Z');
  });

  it('starts the clock at opening time for items that arrive at night', () => {
    expect(addBusinessMinutes(LONDON, at('2026-11-24T22:30:00Z'), 30).toISOString()).toBe('2026-11-25T09:30:00.000Z');
  });

  it('skips holidays: Christmas Eve 16:30 + 1 h is the 29th at 09:30 (25th and 28th off, 26–27 weekend)', () => {
    expect(addBusinessMinutes(LONDON, at('2026-12-24T16:30:00Z'), 60).toISOString()).toBe('2026-12-29T09:30:00.000Z');
  });

  it('follows the zone across daylight saving: 09:00 London is 08:00 UTC in summer', () => {
    // Friday 27 March 2026 16:00 GMT + 2 h → Monday 30 March 10:00 BST (clocks went forward on the 29th)
    expect(addBusinessMinutes(LONDON, at('2026-03-27T16:00:00Z'), 120).toISOString()).toBe('2026-03-30T09:00:00.000Z');
    expect(addBusinessMinutes(NEW_YORK, at('2026-11-02T13:00:00Z'), 60).toISOString()).toBe('2026-11-02T15:00:00.000Z');
  });

  it('works with a single working day a week in another zone', () => {
    // Saturday 28 Nov 2026 10:00–14:00 JST = 01:00–05:00 UTC
    expect(addBusinessMinutes(TOKYO_SAT, at('2026-11-25T00:00:00Z'), 300).toISOString()).toBe('2026-12-05T02:00:00.000Z');
  });

  it('measures working time between two instants', () => {
    expect(businessMinutesBetween(LONDON, at('2026-11-27T16:00:00Z'), at('2026-11-30T10:00:00Z'))).toBe(120);
    expect(businessMinutesBetween(LONDON, at('2026-11-30T10:00:00Z'), at('2026-11-27T16:00:00Z'))).toBe(0);
    expect(businessMinutesBetween(ALWAYS_OPEN, at('2026-11-27T16:00:00Z'), at('2026-11-27T17:30:00Z'))).toBe(90);
  });

  it('refuses hours with no working time rather than looping', () => {
    expect(() => addBusinessMinutes({ ...TOKYO_SAT, holidays: [] , workingDays: [6], start: '10:00', end: '10:01' }, at('2026-11-25T00:00:00Z'), 10 ** 7)).toThrow(/no working time/);
  });

  it('property: working time from a start to start + N working minutes is N', () => {
    fc.assert(
      fc.property(calendars, instants, durations, (hours, from, minutes) => {
        const due = addBusinessMinutes(hours, from, minutes);
        expect(due.getTime()).toBeGreaterThanOrEqual(from.getTime());
        expect(businessMinutesBetween(hours, from, due)).toBeCloseTo(minutes, 6);
      }),
      { numRuns: 300 },
    );
  });

  it('property: round the clock, working time is wall time', () => {
    fc.assert(
      fc.property(instants, durations, (from, minutes) => {
        expect(addBusinessMinutes(ALWAYS_OPEN, from, minutes).getTime()).toBe(from.getTime() + minutes * 60_000);
      }),
    );
  });

  it('property: more minutes never lands earlier', () => {
    fc.assert(
      fc.property(calendars, instants, durations, durations, (hours, from, a, b) => {
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(addBusinessMinutes(hours, from, large).getTime()).toBeGreaterThanOrEqual(addBusinessMinutes(hours, from, small).getTime());
      }),
      { numRuns: 200 },
    );
  });
});

describe('SLA due time with pauses', () => {
  const start = at('2026-11-23T09:00:00Z'); // Monday
  const h = (hours: number) => hours * 3600_000;

  it('without pauses is start + target in working time', () => {
    expect(slaDueAt(LONDON, start, 8 * 60, [])?.toISOString()).toBe('2026-11-23T17:00:00.000Z');
  });

  it('moves the due time by the working time spent waiting on the customer', () => {
    const pause = { from: start.getTime() + h(2), to: start.getTime() + h(5) }; // 11:00–14:00 Monday
    expect(slaDueAt(LONDON, start, 8 * 60, [pause])?.toISOString()).toBe('2026-11-24T12:00:00.000Z');
  });

  it('stops the clock while a pause is open, and ignores pauses after the due time', () => {
    expect(slaDueAt(LONDON, start, 60, [{ from: start.getTime() + h(0.5), to: null }])).toBeNull();
    expect(slaDueAt(LONDON, start, 60, [{ from: start.getTime() + h(3), to: start.getTime() + h(4) }])?.toISOString()).toBe('2026-11-23T10:00:00.000Z');
  });

  it('property: a pause never makes a target due earlier, and a pause outside working time changes nothing', () => {
    fc.assert(
      fc.property(instants, durations, fc.integer({ min: 0, max: h(72) }), fc.integer({ min: 0, max: h(48) }), (from, minutes, offset, length) => {
        const plain = slaDueAt(LONDON, from, minutes, [])!;
        const paused = slaDueAt(LONDON, from, minutes, [{ from: from.getTime() + offset, to: from.getTime() + offset + length }])!;
        expect(paused.getTime()).toBeGreaterThanOrEqual(plain.getTime());
        const pausedWork = businessMinutesBetween(LONDON, new Date(from.getTime() + offset), new Date(from.getTime() + offset + length));
        if (pausedWork === 0) expect(paused.getTime()).toBe(plain.getTime());
      }),
      { numRuns: 200 },
    );
  });
});
