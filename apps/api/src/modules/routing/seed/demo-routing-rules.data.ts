import type { RoutingRuleInput } from '@fullcircle/shared';

/**
 * Starter rules for the demo organisation, by department slug. They route what the topic tagger
 * recognises; everything else is left to the department model, or triage while there is none.
 */
export const DEMO_ROUTING_RULES: { departmentSlug: string; rule: Omit<RoutingRuleInput, 'actions' | 'enabled' | 'match'> & { actions: Omit<RoutingRuleInput['actions'], 'departmentId'> } }[] = [
  {
    departmentSlug: 'baggage',
    rule: { name: 'Bags', conditions: [{ field: 'topics', match: 'any', values: ['baggage'] }], actions: { assignment: { strategy: 'round_robin' } } },
  },
  {
    departmentSlug: 'flight-operations',
    rule: {
      name: 'Delays and cancellations',
      conditions: [{ field: 'topics', match: 'any', values: ['delay', 'cancellation'] }],
      actions: { assignment: { strategy: 'least_open' }, tags: ['disruption'] },
    },
  },
  {
    departmentSlug: 'digital-app',
    rule: { name: 'App and website', conditions: [{ field: 'topics', match: 'any', values: ['website_app'] }], actions: {} },
  },
  {
    departmentSlug: 'loyalty',
    rule: {
      name: 'Miles and status',
      conditions: [{ field: 'keywords', match: 'any', values: ['miles', 'frequent flyer', 'points', 'elite status'] }],
      actions: {},
    },
  },
];
