import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { type Channel, type ScoreScale } from '../intake/channels';
import { languageTagSchema } from '../communications/templates.schemas';
import { messageChannelSchema, type MessageChannel } from '../communications/messages.schemas';
import type { CaseStatus } from './cases.schemas';

/**
 * POST /api/cases/:id/replies: a message to the customer, in their preferred or original channel
 * unless `channel` says otherwise. Written with the case's state change; the worker sends it.
 */
export const sendReplyRequestSchema = z.strictObject({
  body: storableText().trim().min(1, 'write the reply').max(5_000),
  /** Email only; default "Re: <first subject> [FC-…]". */
  subject: storableText().trim().max(200).optional(),
  channel: messageChannelSchema.optional(),
  templateId: z.uuid().optional(),
  language: languageTagSchema.optional(),
  /** Move the case on in the same step: wait for the customer's answer, or resolve. */
  then: z.enum(['waiting_on_customer', 'resolved']).optional(),
});
export type SendReplyRequest = z.infer<typeof sendReplyRequestSchema>;

/** POST /api/cases/:id/notes: internal, never shown to the customer. Mentioned colleagues are notified. */
export const addNoteRequestSchema = z.strictObject({
  body: storableText().trim().min(1, 'write the note').max(10_000),
  /** Colleagues mentioned with @; each must be an active staff member. */
  mentions: z.array(z.uuid()).max(20).default([]),
});
export type AddNoteRequest = z.input<typeof addNoteRequestSchema>;

/** GET /api/cases/:id/mentionable: colleagues the note composer's @ offers, by the start of a name. */
export const mentionableQuerySchema = z.strictObject({
  q: z.string().trim().max(80).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});
export type MentionableQuery = z.input<typeof mentionableQuerySchema>;

export interface MentionableColleagueDto {
  id: string;
  name: string;
  /** One of their departments, the case's first; null for colleagues without one (admins, executives). */
  department: string | null;
  /** Whether they already see the case; mentioning someone else lets them open it. */
  seesCase: boolean;
}

export interface CaseNoteDto {
  id: string;
  body: string;
  author: { id: string; name: string } | null;
  mentions: { id: string; name: string }[];
  createdAt: string;
}

/** What was done about the feedback, of a kind the organisation can count (P4). */
export const ACTION_KINDS = ['customer_fix', 'process_change', 'product_change', 'policy_change', 'training'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];
export const ACTION_KIND_LABELS: Record<ActionKind, string> = {
  customer_fix: 'Fix for this customer',
  process_change: 'Process change',
  product_change: 'Product change',
  policy_change: 'Policy change',
  training: 'Training',
};
export const ACTION_STATUSES = ['open', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

const isoDate = z.iso.date('must be a date like 2026-12-31');

export const addActionRequestSchema = z.strictObject({
  kind: z.enum(ACTION_KINDS),
  description: storableText().trim().min(3, 'say what is done').max(1_000),
  ownerId: z.uuid(),
  dueDate: isoDate.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
});
export type AddActionRequest = z.input<typeof addActionRequestSchema>;

export const updateActionRequestSchema = z
  .strictObject({
    description: storableText().trim().min(3).max(1_000).optional(),
    ownerId: z.uuid().optional(),
    dueDate: isoDate.nullable().optional(),
    status: z.enum(ACTION_STATUSES).optional(),
  })
  .refine((b) => Object.keys(b).length > 0, { message: 'change at least one field', path: ['status'] });
export type UpdateActionRequest = z.infer<typeof updateActionRequestSchema>;

export interface CaseActionDto {
  id: string;
  kind: ActionKind;
  description: string;
  owner: { id: string; name: string } | null;
  dueDate: string | null;
  status: ActionStatus;
  overdue: boolean;
  createdBy: { id: string; name: string } | null;
  createdAt: string;
  completedAt: string | null;
}

/**
 * POST /api/cases/:id/resolve. A case needs a reply to the customer (queued, sent or delivered)
 * or a reason no reply is possible (for example no consent to contact).
 */
export const resolveCaseRequestSchema = z.strictObject({
  summary: storableText().trim().max(1_000).optional(),
  noReplyReason: storableText().trim().min(3, 'say why no reply is possible').max(500).optional(),
  /** Share what this case taught in the department's feed. */
  lesson: storableText().trim().min(3).max(2_000).optional(),
});
export type ResolveCaseRequest = z.infer<typeof resolveCaseRequestSchema>;

export const reopenCaseRequestSchema = z.strictObject({
  reason: storableText().trim().min(3, 'say why, in a few words').max(500),
});
export type ReopenCaseRequest = z.infer<typeof reopenCaseRequestSchema>;

/** POST /api/cases/:id/close: final; the reason is optional (a resolved case needs none). */
export const closeCaseRequestSchema = z.strictObject({
  reason: storableText().trim().min(3, 'say why, in a few words').max(500).optional(),
});
export type CloseCaseRequest = z.infer<typeof closeCaseRequestSchema>;

/** POST /api/cases/:id/merge: this case is a duplicate of `intoCaseId`; its items and messages move there. */
export const mergeCaseRequestSchema = z.strictObject({
  intoCaseId: z.uuid(),
});
export type MergeCaseRequest = z.infer<typeof mergeCaseRequestSchema>;

/** POST /api/cases/bulk: assign or close many cases; each is checked as if done one by one. */
export const bulkCaseRequestSchema = z.discriminatedUnion('op', [
  z.strictObject({
    op: z.literal('assign'),
    caseIds: z.array(z.uuid()).min(1).max(200),
    assigneeId: z.uuid().nullable(),
    reason: storableText().trim().min(3, 'say why, in a few words').max(500),
  }),
  z.strictObject({
    op: z.literal('close'),
    caseIds: z.array(z.uuid()).min(1).max(200),
    reason: storableText().trim().min(3, 'say why, in a few words').max(500),
  }),
]);
export type BulkCaseRequest = z.infer<typeof bulkCaseRequestSchema>;

export interface BulkCaseResult {
  done: string[];
  /** Cases left as they were, with why (not found, not allowed, not in a state to close). */
  skipped: { id: string; reason: string }[];
}

/** Saved inbox views: a name for a set of filters. */
export const saveViewRequestSchema = z.strictObject({
  name: storableText().trim().min(1).max(80),
  /** The inbox's query string parameters (view, filters, sort), as the inbox sends them. */
  query: z.record(z.string().max(40), z.string().max(200)).refine((q) => Object.keys(q).length <= 20, 'too many filters'),
});
export type SaveViewRequest = z.infer<typeof saveViewRequestSchema>;

export interface SavedViewDto {
  id: string;
  name: string;
  query: Record<string, string>;
  createdAt: string;
}

/** The case's context card: what matters now about this customer, not every field (P3). */
export interface CaseContextDto {
  customer: {
    id: string;
    name: string | null;
    segment: string | null;
    vip: boolean;
    language: string | null;
    /** Where a reply goes unless staff choose otherwise: the preferred channel, else the case's channel. */
    replyChannel: MessageChannel;
    preferredChannel: MessageChannel | null;
    email: string | null;
    phone: string | null;
    customerSince: string;
  };
  /** Latest consent per purpose; null when never asked. */
  consent: { purpose: string; granted: boolean | null; recordedAt: string | null }[];
  /** Can a reply reach them now? If not, why (shown above the composer). */
  reachable: { ok: boolean; reason: string | null };
  /** Other open cases of the customer in any department: enough to know, not their content. */
  otherOpenCases: { id: string; reference: string; status: CaseStatus; department: string | null; openedAt: string; visible: boolean }[];
  /** Their last items in channels other than this case's. */
  recentElsewhere: { feedbackId: string; channel: Channel; excerpt: string; receivedAt: string; sentiment: string | null }[];
  /** Scores they gave, oldest first (for a sparkline). */
  scores: { scale: ScoreScale; value: number; at: string }[];
  /** Follow-up survey of this case, once sent. */
  followUp: { status: 'scheduled' | 'sent' | 'answered' | 'cancelled' | 'suppressed'; score: number | null; scale: ScoreScale | null; at: string | null } | null;
}
