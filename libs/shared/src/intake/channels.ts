import { z } from 'zod';

/** Every way feedback reaches Fullcircle (P1: one tool for every channel). */
export const CHANNELS = ['api', 'web_form', 'widget', 'email', 'sms', 'chat', 'survey', 'social', 'review', 'csv'] as const;
export const channelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof channelSchema>;

/** Score scales and their inclusive ranges: NPS 0–10, CSAT 1–5, CES 1–7. */
export const SCORE_SCALES = { nps: { min: 0, max: 10 }, csat: { min: 1, max: 5 }, ces: { min: 1, max: 7 } } as const;
export const scoreScaleSchema = z.enum(['nps', 'csat', 'ces']);
export type ScoreScale = z.infer<typeof scoreScaleSchema>;

export const scoreSchema = z
  .strictObject({ scale: scoreScaleSchema, value: z.number().int() })
  .superRefine((score, ctx) => {
    const { min, max } = SCORE_SCALES[score.scale];
    if (score.value < min || score.value > max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `must be between ${min} and ${max} on the ${score.scale} scale` });
    }
  });
export type Score = z.infer<typeof scoreSchema>;
