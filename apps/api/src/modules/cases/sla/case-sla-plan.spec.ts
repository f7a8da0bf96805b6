import { ALWAYS_OPEN, type BusinessHours } from '@fullcircle/shared';
import { type CasePolicy, type SlaState, nextDueAt, pendingSteps, planCaseSla, resumePauses, stepParts, stepPending } from './case-sla-plan';

const LONDON: BusinessHours = { timeZone: 'Europe/London', workingDays: [1, 2, 3, 4, 5], start: '09:00', end: '17:00', holidays: [] };
const POLICY: CasePolicy = {
  id: 'p1',
  name: 'Standard',
  warnAtFraction: 0.75,
  targets: {
    urgent: { firstResponseMinutes: 60, resolutionMinutes: 480 },
    high: { firstResponseMinutes: 240, resolutionMinutes: 1440 },
    normal: { firstResponseMinutes: 480, resolutionMinutes: 4320 },
    low: { firstResponseMinutes: 1440, resolutionMinutes: 10080 },
  },
};
const open: SlaState = { status: 'assigned', firstRespondedAt: null, resolvedAt: null, slaPauses: [] };

describe(planCaseSla.name, () => {
  it('warns at 75%, breaches at the target and escalates at 150% of an urgent first response, in business time', () => {
    // Friday 2026-11-27 16:30 London (GMT): 30 working minutes left that day
    const plan = planCaseSla(LONDON, POLICY, 'urgent', new Date('2026-11-27T16:30:00Z'), []);
    expect(plan.steps.first_response_warning).toBe('2026-11-30T09:15:00.000Z');
    expect(plan.steps.first_response_breach).toBe('2026-11-30T09:30:00.000Z');
    expect(plan.steps.first_response_escalation).toBe('2026-11-30T10:00:00.000Z');
    // 8 h resolution: 30 min Friday + 7.5 h Monday
    expect(plan.steps.resolution_breach).toBe('2026-11-30T16:30:00.000Z');
    expect(plan).toMatchObject({ policyId: 'p1', policyName: 'Standard', priority: 'urgent', timeZone: 'Europe/London' });
  });

  it('moves every step by the length of a closed pause and leaves them unset while a pause is open', () => {
    const start = new Date('2026-11-24T10:00:00Z');
    const plain = planCaseSla(ALWAYS_OPEN, POLICY, 'urgent', start, []);
    const paused = planCaseSla(ALWAYS_OPEN, POLICY, 'urgent', start, [{ from: '2026-11-24T10:10:00Z', to: '2026-11-24T12:10:00Z' }]);
    expect(Date.parse(paused.steps.first_response_breach!) - Date.parse(plain.steps.first_response_breach!)).toBe(2 * 3600_000);
    const stopped = planCaseSla(ALWAYS_OPEN, POLICY, 'urgent', start, [{ from: '2026-11-24T10:10:00Z', to: null }]);
    expect(Object.values(stopped.steps).every((at) => at === null)).toBe(true);
  });
});

describe(stepPending.name, () => {
  it('stops first-response steps once answered, and every step once resolved, paused or in triage', () => {
    expect(stepPending(open, 'first_response_breach')).toBe(true);
    const answered = { ...open, firstRespondedAt: new Date() };
    expect(stepPending(answered, 'first_response_breach')).toBe(false);
    expect(stepPending(answered, 'resolution_warning')).toBe(true);
    expect(stepPending({ ...open, status: 'resolved' }, 'resolution_breach')).toBe(false);
    expect(stepPending({ ...open, status: 'triage' }, 'resolution_breach')).toBe(false);
    expect(stepPending({ ...open, slaPauses: [{ from: '2026-11-24T10:00:00Z', to: null }] }, 'resolution_breach')).toBe(false);
  });
});

describe(nextDueAt.name, () => {
  const plan = planCaseSla(ALWAYS_OPEN, POLICY, 'high', new Date('2026-11-24T10:00:00Z'), []);
  it('is the first-response target until it is met, then the resolution target', () => {
    expect(nextDueAt(open, plan)?.toISOString()).toBe('2026-11-24T14:00:00.000Z');
    expect(nextDueAt({ ...open, firstRespondedAt: new Date() }, plan)?.toISOString()).toBe('2026-11-25T10:00:00.000Z');
    expect(nextDueAt({ ...open, status: 'closed' }, plan)).toBeNull();
    expect(nextDueAt(open, null)).toBeNull();
  });
});

describe(pendingSteps.name, () => {
  it('lists only the steps that can still fire', () => {
    const plan = planCaseSla(ALWAYS_OPEN, POLICY, 'high', new Date('2026-11-24T10:00:00Z'), []);
    expect(pendingSteps(open, plan).map((s) => s.step)).toHaveLength(6);
    expect(pendingSteps({ ...open, firstRespondedAt: new Date() }, plan).map((s) => s.step)).toEqual(['resolution_warning', 'resolution_breach', 'resolution_escalation']);
  });
});

describe(stepParts.name, () => {
  it('splits a step into its target and kind', () => {
    expect(stepParts('first_response_escalation')).toEqual({ target: 'first_response', kind: 'escalation' });
    expect(stepParts('resolution_warning')).toEqual({ target: 'resolution', kind: 'warning' });
  });
});

describe(resumePauses.name, () => {
  it('closes only the open pause', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(resumePauses([{ from: 'a', to: 'b' }, { from: 'c', to: null }], now)).toEqual([{ from: 'a', to: 'b' }, { from: 'c', to: now.toISOString() }]);
  });
});
