import { z } from 'zod';
import { type CasePriority, casePrioritySchema } from './rules.schemas';
import { type BusinessHours } from './business-hours.schemas';

const minutes = z.number().int('must be a whole number of minutes').positive('must be more than 0').max(525_600, 'must be at most a year');

/** First-response and resolution targets of one priority, in business minutes. */
export const slaTargetSchema = z
  .strictObject({ firstResponseMinutes: minutes, resolutionMinutes: minutes })
  .refine((t) => t.resolutionMinutes >= t.firstResponseMinutes, {
    message: 'must be at least the first-response target',
    path: ['resolutionMinutes'],
  });
export type SlaTarget = z.infer<typeof slaTargetSchema>;

export const slaTargetsSchema = z.strictObject({
  low: slaTargetSchema,
  normal: slaTargetSchema,
  high: slaTargetSchema,
  urgent: slaTargetSchema,
});
export type SlaTargets = Record<CasePriority, SlaTarget>;

const warnAt = z.number().gt(0, 'must be more than 0').lt(1, 'must be less than 1');

export const createSlaPolicyRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(120),
  description: z.string().trim().max(1000).nullish(),
  targets: slaTargetsSchema,
  warnAtFraction: warnAt.default(0.75),
  isDefault: z.boolean().default(false),
  active: z.boolean().default(true),
});
export type CreateSlaPolicyRequest = z.input<typeof createSlaPolicyRequestSchema>;

export const updateSlaPolicyRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(120).optional(),
  description: z.string().trim().max(1000).nullish(),
  targets: slaTargetsSchema.optional(),
  warnAtFraction: warnAt.optional(),
  isDefault: z.literal(true, 'can only be set to true; make another policy the default instead').optional(),
  active: z.boolean().optional(),
});
export type UpdateSlaPolicyRequest = z.infer<typeof updateSlaPolicyRequestSchema>;

export interface SlaPolicy {
  id: string;
  name: string;
  description: string | null;
  targets: SlaTargets;
  warnAtFraction: number;
  isDefault: boolean;
  active: boolean;
  createdAt: string;
  updatedAt: string;
}

export const slaPreviewRequestSchema = z.strictObject({
  departmentId: z.uuid(),
  priority: casePrioritySchema,
  startAt: z.iso.datetime({ offset: true }).optional(),
});
export type SlaPreviewRequest = z.infer<typeof slaPreviewRequestSchema>;

/** When the targets of a policy fall due for a case started at `startedAt`; null while paused. */
export interface SlaPlan {
  policyId: string;
  departmentId: string;
  priority: CasePriority;
  timeZone: string;
  startedAt: string;
  firstResponseDueAt: string | null;
  firstResponseWarnAt: string | null;
  resolutionDueAt: string | null;
  resolutionWarnAt: string | null;
}

export interface DepartmentBusinessHours {
  departmentId: string;
  /** False while the department uses the default (always open). */
  configured: boolean;
  hours: BusinessHours;
}
