import { SLA_STEPS, type BusinessHours, type CasePriority, type CaseStatus, type SlaStep, type SlaTargets } from '@fullcircle/shared';
import { slaDueAt } from '../../routing/sla/business-clock';

/** A stretch of time the SLA clock stood still; `to` null while it still does. ISO instants. */
export interface SlaPause {
  from: string;
  to: string | null;
}

export interface CasePolicy {
  id: string;
  name: string;
  targets: SlaTargets;
  warnAtFraction: number;
}

/** When each step of a case's SLA falls due; a step is null while the clock is paused. */
export interface CaseSlaPlan {
  policyId: string;
  policyName: string;
  priority: CasePriority;
  timeZone: string;
  startedAt: string;
  steps: Record<SlaStep, string | null>;
}

/**
 * The escalation chain: a warning to the assignee at the policy's fraction of a target, the
 * department owners at the target, the executives once the case is this far past it (as a
 * fraction of the target's business time; 1.5 = half the target again).
 */
export const EXECUTIVE_ESCALATION_AT = 1.5;

export type SlaTarget = 'first_response' | 'resolution';
export type SlaStepKind = 'warning' | 'breach' | 'escalation';

export function stepParts(step: SlaStep): { target: SlaTarget; kind: SlaStepKind } {
  const target: SlaTarget = step.startsWith('first_response') ? 'first_response' : 'resolution';
  return { target, kind: step.slice(target.length + 1) as SlaStepKind };
}

const toInterval = (p: SlaPause) => ({ from: Date.parse(p.from), to: p.to === null ? null : Date.parse(p.to) });

/** Pure: every step's instant for `priority` under `policy`, on `hours`, from `startedAt`, skipping `pauses`. */
export function planCaseSla(hours: BusinessHours, policy: CasePolicy, priority: CasePriority, startedAt: Date, pauses: readonly SlaPause[]): CaseSlaPlan {
  const intervals = pauses.map(toInterval);
  const target = policy.targets[priority];
  const at = (minutes: number) => slaDueAt(hours, startedAt, Math.max(1, minutes), intervals)?.toISOString() ?? null;
  const minutesOf = (t: SlaTarget) => (t === 'first_response' ? target.firstResponseMinutes : target.resolutionMinutes);
  const steps = Object.fromEntries(
    SLA_STEPS.map((step) => {
      const { target: which, kind } = stepParts(step);
      const minutes = minutesOf(which);
      const offset = kind === 'warning' ? Math.floor(minutes * policy.warnAtFraction) : kind === 'breach' ? minutes : Math.ceil(minutes * EXECUTIVE_ESCALATION_AT);
      return [step, at(offset)];
    }),
  ) as Record<SlaStep, string | null>;
  return { policyId: policy.id, policyName: policy.name, priority, timeZone: hours.timeZone, startedAt: startedAt.toISOString(), steps };
}

export interface SlaState {
  status: CaseStatus;
  firstRespondedAt: Date | null;
  resolvedAt: Date | null;
  slaPauses: readonly SlaPause[];
}

export const isPaused = (state: Pick<SlaState, 'slaPauses'>) => state.slaPauses.some((p) => p.to === null);

/** Whether a step can still fire: its target not met, the case open and its clock running. */
export function stepPending(state: SlaState, step: SlaStep): boolean {
  if (state.status === 'resolved' || state.status === 'closed' || state.status === 'triage') return false;
  if (isPaused(state)) return false;
  return stepParts(step).target === 'first_response' ? state.firstRespondedAt === null : state.resolvedAt === null;
}

/** The next target due, for sorting the inbox: first response until it is met, then resolution. */
export function nextDueAt(state: SlaState, plan: CaseSlaPlan | null): Date | null {
  if (!plan) return null;
  const step: SlaStep | null = stepPending(state, 'first_response_breach') ? 'first_response_breach' : stepPending(state, 'resolution_breach') ? 'resolution_breach' : null;
  const at = step ? plan.steps[step] : null;
  return at ? new Date(at) : null;
}

/** Steps still to fire, with their instants, for scheduling timers. */
export function pendingSteps(state: SlaState, plan: CaseSlaPlan): { step: SlaStep; at: string }[] {
  return SLA_STEPS.flatMap((step) => {
    const at = plan.steps[step];
    return at && stepPending(state, step) ? [{ step, at }] : [];
  });
}

/** Closes the open pause at `now`. */
export function resumePauses(pauses: readonly SlaPause[], now: Date): SlaPause[] {
  return pauses.map((p) => (p.to === null ? { ...p, to: now.toISOString() } : p));
}
