import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { SCORE_SCALES, scoreScaleSchema, type ScoreScale } from '../intake/channels';
import { senderSchema } from '../intake/intake.schemas';

/** What each scale asks by default and how its two ends are labelled on the answer page. */
export const SURVEY_SCALE_TEXT: Record<ScoreScale, { name: string; question: string; low: string; high: string }> = {
  nps: { name: 'NPS', question: 'How likely are you to recommend us to a friend or colleague?', low: 'Not at all likely', high: 'Extremely likely' },
  csat: { name: 'CSAT', question: 'How satisfied are you with the service you received?', low: 'Very unsatisfied', high: 'Very satisfied' },
  ces: { name: 'CES', question: 'How easy was it to get your issue resolved?', low: 'Very difficult', high: 'Very easy' },
};

/** Invitation links stay valid this long unless the request says otherwise. */
export const SURVEY_LINK_DEFAULT_DAYS = 30;
export const SURVEY_LINK_MAX_DAYS = 365;
export const SURVEY_BULK_MAX = 500;

export const surveyStatsSchema = z.object({
  invited: z.number().int(),
  answered: z.number().int(),
  /** Mean score of the answers; null without any. */
  average: z.number().nullable(),
  /** NPS only: % promoters (9–10) minus % detractors (0–6), −100..100; null otherwise or without answers. */
  nps: z.number().int().nullable(),
  /** How many answers gave each score, from the scale's minimum to its maximum. */
  distribution: z.array(z.object({ score: z.number().int(), count: z.number().int() })),
});
export type SurveyStats = z.infer<typeof surveyStatsSchema>;

export const surveySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  scale: scoreScaleSchema,
  question: z.string(),
  commentPrompt: z.string().nullable(),
  thankYouText: z.string(),
  active: z.boolean(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  stats: surveyStatsSchema,
});
export type Survey = z.infer<typeof surveySchema>;

const text = (max: number) => storableText().trim().min(1, 'is required').max(max);

/** POST /api/surveys. Question and thank-you text default to the scale's wording. */
export const createSurveyRequestSchema = z.strictObject({
  name: text(120),
  scale: scoreScaleSchema,
  question: text(500).optional(),
  /** Shown above the comment box; without it the page still offers an optional comment. */
  commentPrompt: text(300).optional(),
  thankYouText: text(500).optional(),
});
export type CreateSurveyRequest = z.input<typeof createSurveyRequestSchema>;

/** PATCH /api/surveys/:id: a closed survey's links answer 410. */
export const updateSurveyRequestSchema = z.strictObject({ active: z.boolean() });
export type UpdateSurveyRequest = z.infer<typeof updateSurveyRequestSchema>;

/** One invitation: a known customer, or a sender identity resolved to one (created if new). */
export const createInvitationRequestSchema = z
  .strictObject({
    customerId: z.uuid().optional(),
    customer: senderSchema.optional(),
    expiresInDays: z.number().int().min(1).max(SURVEY_LINK_MAX_DAYS).optional(),
  })
  .refine((r) => (r.customerId === undefined) !== (r.customer === undefined), {
    message: 'needs exactly one of customerId or customer',
    path: ['customerId'],
  });
export type CreateInvitationRequest = z.infer<typeof createInvitationRequestSchema>;

/** POST /api/surveys/:id/invitations/bulk: one link per recipient, all created or none. */
export const createInvitationsRequestSchema = z.strictObject({
  recipients: z
    .array(z.union([z.strictObject({ customerId: z.uuid() }), z.strictObject({ customer: senderSchema })]))
    .min(1, 'needs at least one recipient')
    .max(SURVEY_BULK_MAX),
  expiresInDays: z.number().int().min(1).max(SURVEY_LINK_MAX_DAYS).optional(),
});
export type CreateInvitationsRequest = z.infer<typeof createInvitationsRequestSchema>;

export const surveyInvitationSchema = z.object({
  id: z.uuid(),
  surveyId: z.uuid(),
  customerId: z.uuid(),
  /** The answer link: absolute when PUBLIC_URL is set, otherwise the path on this site ("/s/…"). */
  url: z.string(),
  token: z.string(),
  createdAt: z.string(),
  expiresAt: z.string(),
});
export type SurveyInvitation = z.infer<typeof surveyInvitationSchema>;

export const surveyAnswerSchema = z.object({
  score: z.number().int(),
  comment: z.string().nullable(),
  answeredAt: z.string(),
  /** 1 after the first answer; each change adds one. */
  timesAnswered: z.number().int(),
});
export type SurveyAnswer = z.infer<typeof surveyAnswerSchema>;

/** GET /api/surveys/responses/:token: what the public answer page shows. */
export const publicSurveySchema = z.object({
  surveyName: z.string(),
  scale: scoreScaleSchema,
  min: z.number().int(),
  max: z.number().int(),
  lowLabel: z.string(),
  highLabel: z.string(),
  question: z.string(),
  commentPrompt: z.string().nullable(),
  thankYouText: z.string(),
  expiresAt: z.string(),
  answer: surveyAnswerSchema.nullable(),
});
export type PublicSurvey = z.infer<typeof publicSurveySchema>;

/** PUT /api/surveys/responses/:token. The score's range depends on the survey's scale (checked by the API). */
export const answerSurveyRequestSchema = z.strictObject({
  score: z.number().int(),
  comment: storableText().trim().max(5000).nullable().optional(),
});
export type AnswerSurveyRequest = z.infer<typeof answerSurveyRequestSchema>;

export function scaleRange(scale: ScoreScale): { min: number; max: number } {
  return SCORE_SCALES[scale];
}
