import { z } from 'zod';

/** What reaches a colleague in the app (the bell) and, for some, by email. */
export const NOTIFICATION_KINDS = ['mention', 'assigned', 'sla_warning', 'sla_breach', 'escalation', 'low_score', 'recognition', 'reopened', 'surge'] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationDto {
  id: string;
  kind: NotificationKind;
  title: string;
  body: string;
  caseId: string | null;
  caseReference: string | null;
  /** Where it leads when it is not about a case (a surge: /surges/<id>). */
  link?: string | null;
  actor: { id: string; name: string } | null;
  createdAt: string;
  readAt: string | null;
}

export interface NotificationPage {
  notifications: NotificationDto[];
  unread: number;
}

export const markNotificationsReadRequestSchema = z.strictObject({
  /** Absent: every notification of the user. */
  ids: z.array(z.uuid()).max(500).optional(),
});
export type MarkNotificationsReadRequest = z.infer<typeof markNotificationsReadRequestSchema>;

/** The internal feed: how employees hear what the organisation learned and changed. */
export const FEED_KINDS = ['lesson', 'process_change', 'recognition', 'announcement'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];

export interface FeedEntryDto {
  id: string;
  kind: FeedKind;
  /** Null: company-wide. */
  department: { id: string; name: string } | null;
  title: string;
  body: string;
  caseId: string | null;
  caseReference: string | null;
  /** The colleague recognised (recognition) or who wrote it. */
  person: { id: string; name: string } | null;
  author: { id: string; name: string } | null;
  createdAt: string;
}

export interface FeedPage {
  entries: FeedEntryDto[];
  nextCursor: string | null;
}

export const listFeedQuerySchema = z.strictObject({
  /** `company`: company-wide entries only; a department id: that department's. Absent: everything the reader may see. */
  scope: z.union([z.literal('company'), z.uuid()]).optional(),
  kind: z.enum(FEED_KINDS).optional(),
  cursor: z.string().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(30),
});
export type ListFeedQuery = z.input<typeof listFeedQuerySchema>;

/** POST /api/communications/feed: owners and admins post to their department or (admins, executives) the company. */
export const postFeedEntryRequestSchema = z.strictObject({
  kind: z.enum(['lesson', 'process_change', 'announcement']),
  departmentId: z.uuid().nullable(),
  title: z.string().trim().min(3).max(160),
  body: z.string().trim().min(1).max(5_000),
  caseId: z.uuid().optional(),
});
export type PostFeedEntryRequest = z.infer<typeof postFeedEntryRequestSchema>;

/** PUT /api/communications/preferences: the signed-in colleague's own choices. */
export const communicationPreferencesSchema = z.strictObject({
  /** A weekly email digest of the feed. */
  feedDigest: z.boolean(),
  /** Email me when I am mentioned or an SLA step concerns me (in-app always). */
  emailNotifications: z.boolean(),
});
export type CommunicationPreferences = z.infer<typeof communicationPreferencesSchema>;
