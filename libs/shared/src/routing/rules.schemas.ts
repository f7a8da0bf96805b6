import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { channelSchema, scoreScaleSchema } from '../intake/channels';

export const SENTIMENTS = ['negative', 'neutral', 'positive'] as const;
export const sentimentSchema = z.enum(SENTIMENTS);
export type Sentiment = z.infer<typeof sentimentSchema>;

export const URGENCIES = ['low', 'normal', 'high', 'critical'] as const;
export const urgencySchema = z.enum(URGENCIES);
export type Urgency = z.infer<typeof urgencySchema>;

export const CASE_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export const casePrioritySchema = z.enum(CASE_PRIORITIES);
export type CasePriority = z.infer<typeof casePrioritySchema>;

const word = storableText().trim().min(1).max(100);
const values = <T extends z.ZodType>(item: T) => z.array(item).min(1, 'needs at least one value').max(100);

/**
 * A keyword pattern: words, with `*` standing for any run of letters or digits ("refund*",
 * "lost * bag"). Deliberately not a regular expression: patterns are typed by owners and run on
 * every item, so they must not be able to backtrack catastrophically.
 */
export const keywordPatternSchema = word.regex(/^[^*]*(\*[^*]*)*$/, 'may use * as a wildcard');

/** What a routing rule can look at. Every condition is on one field of the item. */
export const ruleConditionSchema = z.discriminatedUnion('field', [
  z.strictObject({ field: z.literal('channel'), values: values(channelSchema) }),
  z.strictObject({ field: z.literal('language'), values: values(z.string().regex(/^[a-z]{2,3}$/, 'must be an ISO 639 code like en')) }),
  z.strictObject({ field: z.literal('sentiment'), values: values(sentimentSchema) }),
  z.strictObject({ field: z.literal('urgency'), values: values(urgencySchema) }),
  z.strictObject({
    field: z.literal('score'),
    scale: scoreScaleSchema,
    min: z.number().int().optional(),
    max: z.number().int().optional(),
  }),
  z.strictObject({ field: z.literal('topics'), match: z.enum(['any', 'all', 'none']), values: values(word) }),
  z.strictObject({ field: z.literal('keywords'), match: z.enum(['any', 'all', 'none']), values: values(keywordPatternSchema) }),
  z.strictObject({ field: z.literal('segment'), values: values(word) }),
  z.strictObject({ field: z.literal('vip'), value: z.boolean() }),
  z.strictObject({ field: z.literal('journeyStage'), values: values(word) }),
]);
export type RuleCondition = z.infer<typeof ruleConditionSchema>;
export type RuleConditionField = RuleCondition['field'];

export const ASSIGNMENT_STRATEGIES = ['round_robin', 'least_open', 'person', 'none'] as const;

export const ruleActionsSchema = z
  .strictObject({
    departmentId: z.uuid().optional(),
    assignment: z
      .strictObject({ strategy: z.enum(ASSIGNMENT_STRATEGIES), userId: z.uuid().optional() })
      .refine((a) => (a.strategy === 'person') === Boolean(a.userId), { message: 'a named person needs userId, and only then', path: ['userId'] })
      .optional(),
    priority: casePrioritySchema.optional(),
    slaPolicyId: z.uuid().optional(),
    tags: z.array(word).max(20).optional(),
  })
  .refine((a) => a.departmentId || a.assignment || a.priority || a.slaPolicyId || a.tags?.length, { message: 'needs at least one action' });
export type RuleActions = z.infer<typeof ruleActionsSchema>;

/** A rule as stored and edited: conditions (all or any of them) and what to do when they hold. */
export const routingRuleInputSchema = z
  .strictObject({
    name: storableText().trim().min(1, 'is required').max(120),
    enabled: z.boolean().default(true),
    match: z.enum(['all', 'any']).default('all'),
    conditions: z.array(ruleConditionSchema).max(20),
    actions: ruleActionsSchema,
  })
  .superRefine((rule, ctx) => {
    rule.conditions.forEach((c, i) => {
      if (c.field !== 'score') return;
      if (c.min === undefined && c.max === undefined) ctx.addIssue({ code: 'custom', path: ['conditions', i, 'min'], message: 'needs min, max or both' });
      if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['conditions', i, 'max'], message: 'must not be below min' });
    });
  });
export type RoutingRuleInput = z.infer<typeof routingRuleInputSchema>;
