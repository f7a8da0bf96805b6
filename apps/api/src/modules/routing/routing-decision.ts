import type { CasePriority, RoutingSettings, RuleActions, Urgency } from '@fullcircle/shared';
import type { StoredRoutingDecision } from '../cases/entities/case.entity';
import { decide, type RoutingRule } from './rules/rule-engine';
import type { RoutableItem } from './rules/routable-item';

/** The department model's answer for one item. */
export interface DepartmentGuess {
  model: string;
  departmentId: string;
  confidence: number;
}

/** Where an item goes and how its case is set up. */
export interface RouteDecision {
  /** Null: triage. */
  departmentId: string | null;
  assignment: NonNullable<RuleActions['assignment']>;
  priority: CasePriority;
  slaPolicyId: string | null;
  tags: string[];
  decision: Omit<StoredRoutingDecision, 'decidedAt'>;
}

const PRIORITY_FOR_URGENCY: Record<Urgency, CasePriority> = { critical: 'urgent', high: 'high', normal: 'normal', low: 'low' };

export interface DecideRouteInput {
  rules: readonly RoutingRule[];
  item: RoutableItem & { urgency: Urgency | null };
  /** The model's best department, or null when there is no model. */
  guess: DepartmentGuess | null;
  settings: RoutingSettings;
  departmentNames: ReadonlyMap<string, string>;
}

/**
 * Pure: the first enabled matching rule decides what it sets; a department it does not set comes
 * from the model when the model is at least as confident as the organisation's threshold, and
 * otherwise the item goes to triage. Priority defaults to the item's urgency.
 */
export function decideRoute({ rules, item, guess, settings, departmentNames }: DecideRouteInput): RouteDecision {
  const ruled = decide(rules, item);
  // A rule may name a department that was deleted since: then the rule only sets the rest.
  const ruleDepartment = ruled?.actions.departmentId && departmentNames.has(ruled.actions.departmentId) ? ruled.actions.departmentId : null;
  const usableGuess = guess && departmentNames.has(guess.departmentId) ? guess : null;
  const modelRoutes = !ruleDepartment && usableGuess !== null && usableGuess.confidence >= settings.autoRouteThreshold;
  const departmentId = ruleDepartment ?? (modelRoutes ? usableGuess.departmentId : null);
  const by = ruleDepartment ? 'rule' : modelRoutes ? 'model' : 'triage';
  const model =
    !ruleDepartment && guess
      ? { name: guess.model, confidence: guess.confidence, threshold: settings.autoRouteThreshold, departmentId: usableGuess?.departmentId ?? null }
      : null;
  const rule = ruled ? { id: ruled.ruleId, name: ruled.ruleName, matched: ruled.matched } : null;
  return {
    departmentId,
    assignment: ruled?.actions.assignment ?? { strategy: settings.defaultAssignment },
    priority: ruled?.actions.priority ?? PRIORITY_FOR_URGENCY[item.urgency ?? 'normal'],
    slaPolicyId: ruled?.actions.slaPolicyId ?? null,
    tags: ruled?.actions.tags ?? [],
    decision: { by, rule, model, explanation: explain(by, rule, model, departmentId, departmentNames) },
  };
}

const percent = (x: number) => `${Math.round(x * 100)}%`;

function explain(
  by: 'rule' | 'model' | 'triage',
  rule: StoredRoutingDecision['rule'],
  model: StoredRoutingDecision['model'],
  departmentId: string | null,
  names: ReadonlyMap<string, string>,
): string {
  const department = departmentId ? names.get(departmentId) : null;
  const ruleText = rule ? `Rule “${rule.name}” matched${rule.matched.length ? ` (${rule.matched.join('; ')})` : ''}` : null;
  if (by === 'rule') return `${ruleText} and sends it to ${department}.`;
  const prefix = ruleText ? `${ruleText} but names no department. ` : 'No routing rule matched. ';
  if (by === 'model') return `${prefix}The department model is ${percent(model!.confidence)} sure it is for ${department} (threshold ${percent(model!.threshold)}).`;
  if (!model) return `${prefix}There is no trained department model yet, so it waits in triage.`;
  const guessName = model.departmentId ? names.get(model.departmentId) : null;
  return `${prefix}The department model's best guess${guessName ? `, ${guessName},` : ''} is only ${percent(model.confidence)} sure (threshold ${percent(model.threshold)}), so it waits in triage.`;
}
