import type { RoutingRuleInput, RuleActions, RuleCondition } from '@fullcircle/shared';

export interface SummaryNames {
  department: (id: string) => string | undefined;
  person: (id: string) => string | undefined;
}

const FIELD_WORDS: Record<string, string> = {
  channel: 'channel',
  language: 'language',
  sentiment: 'sentiment',
  urgency: 'urgency',
  segment: 'segment',
  journeyStage: 'journey stage',
};

/** One condition in words, e.g. "keywords any of lost * bag", "NPS score 0–6". */
export function describeCondition(condition: RuleCondition): string {
  switch (condition.field) {
    case 'score': {
      const range =
        condition.min !== undefined && condition.max !== undefined ? `${condition.min}–${condition.max}`
        : condition.min !== undefined ? `at least ${condition.min}`
        : `at most ${condition.max}`;
      return `${condition.scale.toUpperCase()} score ${range}`;
    }
    case 'topics':
    case 'keywords':
      return `${condition.field} ${condition.match === 'none' ? 'none' : condition.match} of ${condition.values.join(', ')}`;
    case 'vip':
      return condition.value ? 'customer is VIP' : 'customer is not VIP';
    default:
      return `${FIELD_WORDS[condition.field]} is ${condition.values.join(' or ')}`;
  }
}

const STRATEGY_WORDS = { round_robin: 'assign round robin', least_open: 'assign to whoever has fewest open', none: 'leave unassigned' } as const;

/** What a rule does, in words: "Baggage, assign to Milo Member, priority high, tag bags". */
export function describeActions(actions: RuleActions, names: SummaryNames): string {
  const parts: string[] = [];
  if (actions.departmentId) parts.push(names.department(actions.departmentId) ?? 'an unknown department');
  const assignment = actions.assignment;
  if (assignment) {
    parts.push(
      assignment.strategy === 'person' ? `assign to ${(assignment.userId && names.person(assignment.userId)) ?? 'a removed person'}` : STRATEGY_WORDS[assignment.strategy],
    );
  }
  if (actions.priority) parts.push(`priority ${actions.priority}`);
  if (actions.slaPolicyId) parts.push('own SLA policy');
  if (actions.tags?.length) parts.push(`tag ${actions.tags.join(', ')}`);
  return parts.join(', ');
}

/** "When sentiment is negative and keywords any of lost * bag → Baggage, priority high". */
export function summarizeRule(rule: Pick<RoutingRuleInput, 'match' | 'conditions' | 'actions'>, names: SummaryNames): string {
  const when =
    rule.conditions.length === 0 ? 'Always' : `When ${rule.conditions.map(describeCondition).join(rule.match === 'all' ? ' and ' : ' or ')}`;
  return `${when} → ${describeActions(rule.actions, names)}`;
}
