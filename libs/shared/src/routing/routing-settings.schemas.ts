import { z } from 'zod';
import { ASSIGNMENT_STRATEGIES } from './rules.schemas';

/** Organisation-wide routing settings (admins). */
export const routingSettingsSchema = z.strictObject({
  /**
   * The department model routes an item by itself only when its confidence is at least this;
   * below it the item goes to triage. Confidence is calibrated on held-out data (an item the
   * model is 0.8 sure of is right about 8 times in 10), so the share of auto-routed items that are
   * right is higher than the threshold: the settings page reads it off the model's curve.
   */
  autoRouteThreshold: z.number().min(0.5, 'must be at least 0.5').max(0.99, 'must be at most 0.99'),
  /** How a case is assigned when the rule that routed it names no strategy (and for model routing). */
  defaultAssignment: z.enum(ASSIGNMENT_STRATEGIES.filter((s) => s !== 'person') as ['round_robin', 'least_open', 'none']),
});
export type RoutingSettings = z.infer<typeof routingSettingsSchema>;

export const updateRoutingSettingsRequestSchema = routingSettingsSchema.partial();
export type UpdateRoutingSettingsRequest = z.infer<typeof updateRoutingSettingsRequestSchema>;

/**
 * 0.75: on the airline benchmark (threshold chosen by cross-validation on train.csv only), the
 * department model routes about half the complaints itself at about 0.89 precision there.
 */
export const DEFAULT_ROUTING_SETTINGS: RoutingSettings = { autoRouteThreshold: 0.75, defaultAssignment: 'round_robin' };

/** The active department model's precision and coverage at each threshold, on its held-out slice. */
export interface ThresholdCurvePoint {
  threshold: number;
  /** Share of held-out items the model would route itself. */
  coverage: number;
  /** Share of those it routes to the right department. */
  precision: number;
}

export interface RoutingSettingsDto extends RoutingSettings {
  /** Null until a department model is active. */
  model: { version: number; trainedAt: string; curve: ThresholdCurvePoint[] } | null;
  updatedAt: string | null;
}
