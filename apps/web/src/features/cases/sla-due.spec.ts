import { formatSpan, nextSlaTarget, slaDue } from './sla-due';

const NOW = new Date('2026-11-30T10:00:00.000Z');
const at = (minutesFromNow: number) => new Date(NOW.getTime() + minutesFromNow * 60_000).toISOString();

describe('slaDue', () => {
  it('calls a target that has passed overdue, saying by how much', () => {
    expect(slaDue(at(-125), NOW)).toMatchObject({ tone: 'overdue', label: 'Overdue by 2 h 5 min' });
    expect(slaDue(at(0), NOW).tone).toBe('overdue');
  });

  it('calls a target within the hour soon', () => {
    expect(slaDue(at(40), NOW)).toMatchObject({ tone: 'soon', label: 'in 40 min' });
  });

  it('calls a target in the last quarter of its window soon, even when hours away', () => {
    // opened 30 h before a 32 h target: 2 h of 32 left
    expect(slaDue(at(120), NOW, at(-30 * 60))).toMatchObject({ tone: 'soon', label: 'in 2 h' });
  });

  it('leaves a target with plenty of time plain', () => {
    expect(slaDue(at(180), NOW, at(-30))).toMatchObject({ tone: 'later', label: 'in 3 h' });
    expect(slaDue(at(3 * 24 * 60 + 60), NOW)).toMatchObject({ tone: 'later', label: 'in 3 d' });
  });

  it('turns amber exactly when the policy warns, when the warning time is known', () => {
    expect(slaDue(at(300), NOW, at(-30), at(-1)).tone).toBe('soon');
    expect(slaDue(at(40), NOW, at(-30), at(10)).tone).toBe('later');
  });

  it('gives the exact time for a tooltip', () => {
    expect(slaDue(at(90), NOW).title).toMatch(/^Due \w{3} \d+ \w{3}, \d\d:\d\d$/);
  });
});

describe('formatSpan', () => {
  it.each([
    [30_000, '1 min'],
    [45 * 60_000, '45 min'],
    [80 * 60_000, '1 h 20 min'],
    [7 * 3600_000 + 20 * 60_000, '7 h'],
    [26 * 3600_000, '1 d 2 h'],
    [5 * 24 * 3600_000 + 3600_000, '5 d'],
  ])('writes %i ms as %s', (ms, text) => {
    expect(formatSpan(ms)).toBe(text);
  });
});

describe('nextSlaTarget', () => {
  const base = { status: 'assigned' as const, firstResponseDueAt: at(60), resolutionDueAt: at(600) };

  it('runs towards the first response until it is given, then towards resolution', () => {
    expect(nextSlaTarget(base)).toEqual({ kind: 'first_response', dueAt: base.firstResponseDueAt });
    expect(nextSlaTarget({ ...base, firstResponseDueAt: null })).toEqual({ kind: 'resolution', dueAt: base.resolutionDueAt });
  });

  it('is paused while waiting on the customer, and gone once the case is done', () => {
    expect(nextSlaTarget({ ...base, status: 'waiting_on_customer' })).toEqual({ kind: 'paused' });
    expect(nextSlaTarget({ ...base, status: 'closed' })).toBeNull();
  });
});
