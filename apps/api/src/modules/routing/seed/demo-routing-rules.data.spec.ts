import { routingRuleInputSchema } from '@fullcircle/shared';
import { DEMO_DEPARTMENTS } from '../../org/seed/demo-org.data';
import { DEMO_ROUTING_RULES } from './demo-routing-rules.data';

describe('demo routing rules', () => {
  it.each(DEMO_ROUTING_RULES.map((r) => [r.rule.name, r]))('“%s” is a valid rule for a demo department', (_name, { departmentSlug, rule }) => {
    expect(DEMO_DEPARTMENTS.map((d) => d.slug)).toContain(departmentSlug);
    const parsed = routingRuleInputSchema.safeParse({ ...rule, actions: { ...rule.actions, departmentId: '00000000-0000-4000-8000-000000000001' } });
    expect(parsed.error).toBeUndefined();
  });
});
