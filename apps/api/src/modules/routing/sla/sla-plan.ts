import type { BusinessHours, CasePriority, SlaPlan, SlaTargets } from '@fullcircle/shared';
import { type Interval, slaDueAt } from './business-clock';

export interface PlannablePolicy {
  id: string;
  targets: SlaTargets;
  warnAtFraction: number;
}

/**
 * Pure: the due and warning instants of `policy`'s targets for `priority`, on `hours`, for a case
 * started at `startedAt` with the clock paused over `pauses`. Warnings fall at `warnAtFraction` of
 * each target's business time (rounded down to a whole minute, at least one).
 */
export function planSla(
  departmentId: string,
  hours: BusinessHours,
  policy: PlannablePolicy,
  priority: CasePriority,
  startedAt: Date,
  pauses: readonly Interval[] = [],
): SlaPlan {
  const target = policy.targets[priority];
  const due = (minutes: number) => slaDueAt(hours, startedAt, minutes, pauses)?.toISOString() ?? null;
  const warn = (minutes: number) => due(Math.max(1, Math.floor(minutes * policy.warnAtFraction)));
  return {
    policyId: policy.id,
    departmentId,
    priority,
    timeZone: hours.timeZone,
    startedAt: startedAt.toISOString(),
    firstResponseDueAt: due(target.firstResponseMinutes),
    firstResponseWarnAt: warn(target.firstResponseMinutes),
    resolutionDueAt: due(target.resolutionMinutes),
    resolutionWarnAt: warn(target.resolutionMinutes),
  };
}

/** The policy seeded on first boot: business time, urgent 1 h / 8 h up to low 24 h / 168 h. */
export const DEFAULT_SLA_POLICY = {
  name: 'Standard',
  description: 'Default targets in business time.',
  warnAtFraction: 0.75,
  targets: {
    urgent: { firstResponseMinutes: 60, resolutionMinutes: 8 * 60 },
    high: { firstResponseMinutes: 4 * 60, resolutionMinutes: 24 * 60 },
    normal: { firstResponseMinutes: 8 * 60, resolutionMinutes: 72 * 60 },
    low: { firstResponseMinutes: 24 * 60, resolutionMinutes: 168 * 60 },
  } satisfies SlaTargets,
};
