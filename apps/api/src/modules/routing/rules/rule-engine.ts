import type { RoutingRuleInput, RuleActions, RuleCondition } from '@fullcircle/shared';
import { compileKeywordPattern } from './keyword-pattern';
import type { RoutableItem } from './routable-item';

/** A stored rule: its editable parts plus its place in the order (lower runs first). */
export type RoutingRule = RoutingRuleInput & { id: string; position: number };

export interface RuleDecision {
  ruleId: string;
  ruleName: string;
  actions: RuleActions;
  /** Which conditions held, in words, for the case's "why routed here". */
  matched: string[];
}

const patternCache = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let compiled = patternCache.get(source);
  if (!compiled) {
    if (patternCache.size > 5_000) patternCache.clear();
    compiled = compileKeywordPattern(source);
    patternCache.set(source, compiled);
  }
  return compiled;
}

const lower = (values: readonly string[]) => values.map((v) => v.toLowerCase());

function setMatch(match: 'any' | 'all' | 'none', wanted: readonly string[], has: (value: string) => boolean): boolean {
  if (match === 'all') return wanted.every(has);
  const any = wanted.some(has);
  return match === 'any' ? any : !any;
}

/** Whether one condition holds for the item. A condition on a field the item lacks does not hold. */
export function conditionHolds(condition: RuleCondition, item: RoutableItem): boolean {
  switch (condition.field) {
    case 'channel':
      return condition.values.includes(item.channel);
    case 'language':
      return item.language !== null && condition.values.includes(item.language);
    case 'sentiment':
      return item.sentiment !== null && condition.values.includes(item.sentiment);
    case 'urgency':
      return item.urgency !== null && condition.values.includes(item.urgency);
    case 'score':
      return (
        item.score !== null &&
        item.score.scale === condition.scale &&
        (condition.min === undefined || item.score.value >= condition.min) &&
        (condition.max === undefined || item.score.value <= condition.max)
      );
    case 'topics': {
      const topics = new Set(lower(item.topics));
      return setMatch(condition.match, lower(condition.values), (t) => topics.has(t));
    }
    case 'keywords': {
      const text = item.subject ? `${item.subject}\n${item.text}` : item.text;
      return setMatch(condition.match, condition.values, (p) => pattern(p).test(text));
    }
    case 'segment':
      return item.customerSegment !== null && lower(condition.values).includes(item.customerSegment.toLowerCase());
    case 'vip':
      return item.customerVip === condition.value;
    case 'journeyStage':
      return item.journeyStage !== null && lower(condition.values).includes(item.journeyStage.toLowerCase());
  }
}

export function describeCondition(condition: RuleCondition): string {
  switch (condition.field) {
    case 'score': {
      const range =
        condition.min !== undefined && condition.max !== undefined ? `${condition.min}–${condition.max}`
        : condition.min !== undefined ? `≥ ${condition.min}`
        : `≤ ${condition.max}`;
      return `${condition.scale.toUpperCase()} score ${range}`;
    }
    case 'topics':
    case 'keywords':
      return `${condition.field} ${condition.match === 'none' ? 'none of' : `${condition.match} of`} ${condition.values.join(', ')}`;
    case 'vip':
      return condition.value ? 'VIP customer' : 'not a VIP customer';
    default:
      return `${condition.field} is ${condition.values.join(' or ')}`;
  }
}

/** Whether a rule's conditions hold: all (or any) of them; a rule without conditions always matches. */
export function ruleMatches(rule: Pick<RoutingRule, 'match' | 'conditions'>, item: RoutableItem): string[] | null {
  if (rule.conditions.length === 0) return [];
  const held = rule.conditions.filter((c) => conditionHolds(c, item));
  const ok = rule.match === 'all' ? held.length === rule.conditions.length : held.length > 0;
  return ok ? held.map(describeCondition) : null;
}

/**
 * The first enabled rule, in position order, whose conditions hold decides; null when none does
 * (then the department model, or triage, decides).
 */
export function decide(rules: readonly RoutingRule[], item: RoutableItem): RuleDecision | null {
  const ordered = [...rules].sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  for (const rule of ordered) {
    if (!rule.enabled) continue;
    const matched = ruleMatches(rule, item);
    if (matched) return { ruleId: rule.id, ruleName: rule.name, actions: rule.actions, matched };
  }
  return null;
}
