import { z } from 'zod';
import { channelSchema } from '../intake/channels';
import { routingRuleInputSchema } from './rules.schemas';

/** Creating or editing a rule: the rule itself plus the department whose owners may edit it. */
export const saveRoutingRuleRequestSchema = z.strictObject({
  rule: routingRuleInputSchema,
  /** Null (admins only) for an organisation-wide rule. */
  departmentId: z.uuid().nullable(),
});
export type SaveRoutingRuleRequest = z.infer<typeof saveRoutingRuleRequestSchema>;

export const reorderRoutingRulesRequestSchema = z.strictObject({
  ids: z.array(z.uuid()).max(1000),
});
export type ReorderRoutingRulesRequest = z.infer<typeof reorderRoutingRulesRequestSchema>;

export const testRoutingRuleRequestSchema = z.strictObject({ rule: routingRuleInputSchema });
export type TestRoutingRuleRequest = z.infer<typeof testRoutingRuleRequestSchema>;

export interface RoutingRuleDto {
  id: string;
  name: string;
  enabled: boolean;
  match: 'all' | 'any';
  conditions: z.infer<typeof routingRuleInputSchema>['conditions'];
  actions: z.infer<typeof routingRuleInputSchema>['actions'];
  position: number;
  departmentId: string | null;
  createdBy: string | null;
  createdAt: string;
  updatedAt: string;
  /** Whether the signed-in user may change or delete it. */
  editable: boolean;
}

export interface RoutingRuleTestExample {
  id: string;
  channel: z.infer<typeof channelSchema>;
  excerpt: string;
  receivedAt: string;
}

export interface RoutingRuleTestResult {
  matched: number;
  examined: number;
  /** True when more items were received in the window than were examined (the newest were). */
  capped: boolean;
  windowDays: number;
  examples: RoutingRuleTestExample[];
}

/** Someone a rule can assign to by name: an active staff member and the departments they belong to. */
export interface RoutingAssignee {
  id: string;
  name: string;
  departmentIds: string[];
}
