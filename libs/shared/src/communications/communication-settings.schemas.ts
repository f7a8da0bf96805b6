import { z } from 'zod';

/**
 * The organisation's contact rules (Settings → Communications). One budget across every channel:
 * at most `surveyCap` surveys per `surveyPeriodDays` and `announcementCap` announcements per
 * `announcementPeriodDays` per customer; the same message (same purpose and template or text) is
 * not sent twice within `duplicateWindowHours`. Replies to the customer's own feedback are exempt.
 */
export const communicationSettingsSchema = z.strictObject({
  surveyCap: z.number().int().min(0).max(100),
  surveyPeriodDays: z.number().int().min(1).max(365),
  announcementCap: z.number().int().min(0).max(100),
  announcementPeriodDays: z.number().int().min(1).max(365),
  duplicateWindowHours: z.number().int().min(0).max(24 * 30),
  /** Follow-up survey when a case is resolved. */
  followUpEnabled: z.boolean(),
  followUpScale: z.enum(['csat', 'ces']),
  /** Wait before sending, so a quick reopen cancels it. */
  followUpDelayHours: z.number().min(0).max(24 * 14),
  followUpValidDays: z.number().int().min(1).max(90),
  /** Resolved cases close by themselves after this many days without a customer answer. */
  autoCloseDays: z.number().int().min(1).max(90),
});
export type CommunicationSettings = z.infer<typeof communicationSettingsSchema>;

export const DEFAULT_COMMUNICATION_SETTINGS: CommunicationSettings = {
  surveyCap: 1,
  surveyPeriodDays: 30,
  announcementCap: 4,
  announcementPeriodDays: 30,
  duplicateWindowHours: 24,
  followUpEnabled: true,
  followUpScale: 'csat',
  followUpDelayHours: 24,
  followUpValidDays: 7,
  autoCloseDays: 7,
};
