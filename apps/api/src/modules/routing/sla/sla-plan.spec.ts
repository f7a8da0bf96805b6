import { ALWAYS_OPEN, type BusinessHours } from '@fullcircle/shared';
import { DEFAULT_SLA_POLICY, type PlannablePolicy, planSla } from './sla-plan';

const LONDON: BusinessHours = { timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: ['2026-12-25', '2026-12-28'] };
const TOKYO: BusinessHours = { ...LONDON, timeZone: 'Asia/Tokyo', holidays: [] };
const STANDARD: PlannablePolicy = { id: 'std', ...DEFAULT_SLA_POLICY };
const at = (iso: string) => new Date(iso);

describe('planSla', () => {
  it('plans the default policy: a high case on Friday 16:00 London is due for first response Monday 12:00 (4 business hours)', () => {
    // 2026-11-27 is a Friday; 1 h left on Friday, 8 h on Monday... first response 4 h → Monday 12:00
    const plan = planSla('d1', LONDON, STANDARD, 'high', at('2026-11-27T16:00:00Z'));
    expect(plan.firstResponseDueAt).toBe('2026-11-30T12:00:00.000Z');
    // 24 business hours = 1 h Fri + 8 Mon + 8 Tue + 7 Wed → Wednesday 16:00
    expect(plan.resolutionDueAt).toBe('2026-12-02T16:00:00.000Z');
    expect(plan).toMatchObject({ policyId: 'std', departmentId: 'd1', priority: 'high', timeZone: 'Europe/London', startedAt: '2026-11-27T16:00:00.000Z' });
  });

  it('warns at the policy fraction of each target in business time', () => {
    // 0.75 × 240 min = 180 min: 60 on Friday, then 120 on Monday → Monday 11:00
    const plan = planSla('d1', LONDON, STANDARD, 'high', at('2026-11-27T16:00:00Z'));
    expect(plan.firstResponseWarnAt).toBe('2026-11-30T11:00:00.000Z');
    const half = planSla('d1', LONDON, { ...STANDARD, warnAtFraction: 0.5 }, 'urgent', at('2026-11-25T09:00:00Z'));
    expect(half.firstResponseWarnAt).toBe('2026-11-25T09:30:00.000Z');
    expect(half.resolutionWarnAt).toBe('2026-11-25T13:00:00.000Z');
  });

  it('skips holidays: an urgent case on Christmas Eve at 16:30 is due for first response on the 29th at 09:30', () => {
    const plan = planSla('d1', LONDON, STANDARD, 'urgent', at('2026-12-24T16:30:00Z'));
    expect(plan.firstResponseDueAt).toBe('2026-12-29T09:30:00.000Z');
  });

  it("works in the department's own zone: 09:00 in Tokyo is 00:00 UTC", () => {
    // Wednesday 25 Nov 2026 08:00 Tokyo (Tuesday 23:00 UTC) → clock starts at 09:00 Tokyo
    const plan = planSla('d1', TOKYO, STANDARD, 'urgent', at('2026-11-24T23:00:00Z'));
    expect(plan.firstResponseDueAt).toBe('2026-11-25T01:00:00.000Z');
    expect(plan.timeZone).toBe('Asia/Tokyo');
  });

  it('counts every minute when always open, and uses the priority given', () => {
    const plan = planSla('d1', ALWAYS_OPEN, STANDARD, 'low', at('2026-11-28T10:00:00Z'));
    expect(plan.firstResponseDueAt).toBe('2026-11-29T10:00:00.000Z');
    expect(plan.resolutionDueAt).toBe('2026-12-05T10:00:00.000Z');
  });

  it('moves due times by a closed pause and has none while a pause is open', () => {
    const start = at('2026-11-25T09:00:00Z');
    const paused = planSla('d1', LONDON, STANDARD, 'urgent', start, [{ from: Date.parse('2026-11-25T09:30:00Z'), to: Date.parse('2026-11-25T10:30:00Z') }]);
    expect(paused.firstResponseDueAt).toBe('2026-11-25T11:00:00.000Z');
    const open = planSla('d1', LONDON, STANDARD, 'urgent', start, [{ from: Date.parse('2026-11-25T09:30:00Z'), to: null }]);
    expect(open.firstResponseDueAt).toBeNull();
    expect(open.resolutionDueAt).toBeNull();
  });

  it('has sane default targets: resolution after first response, urgent tighter than low', () => {
    for (const t of Object.values(DEFAULT_SLA_POLICY.targets)) expect(t.resolutionMinutes).toBeGreaterThanOrEqual(t.firstResponseMinutes);
    expect(DEFAULT_SLA_POLICY.targets.urgent.firstResponseMinutes).toBeLessThan(DEFAULT_SLA_POLICY.targets.low.firstResponseMinutes);
  });
});
