import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { channelSchema, type Channel, type Score } from '../intake/channels';
import { type CasePriority, casePrioritySchema, type Sentiment, type Urgency } from '../routing/rules.schemas';
import type { OutboundMessageDto } from '../communications/messages.schemas';
import type { CaseActionDto, CaseNoteDto } from './case-work.schemas';

/**
 * A case's lifecycle. `triage`: routing could not decide a department (no rule, model not
 * confident enough); owners and admins pick one. The rest is the inner loop's state machine.
 */
export const CASE_STATUSES = ['triage', 'new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
export const caseStatusSchema = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof caseStatusSchema>;
/** Statuses in which a case is still being worked (a follow-up attaches to it, SLA timers run). */
export const OPEN_CASE_STATUSES: readonly CaseStatus[] = ['triage', 'new', 'assigned', 'in_progress', 'waiting_on_customer'];

/** Who decided where a case went. */
export const ROUTED_BY = ['rule', 'model', 'triage', 'staff'] as const;
export type RoutedBy = (typeof ROUTED_BY)[number];

/** Why a case is where it is: shown on the case ("why routed here"). */
export interface RoutingDecisionDto {
  by: RoutedBy;
  /** The rule that decided (by = rule), with the conditions that held. */
  rule: { id: string; name: string; matched: string[] } | null;
  /** The department model's answer, whenever one was asked (also for triage: it was not sure enough). */
  model: { name: string; confidence: number; threshold: number; departmentId: string | null } | null;
  /** A sentence for people: "Rule 'Lost bags' matched: topics any of baggage". */
  explanation: string;
  decidedAt: string;
}

/** SLA steps, in the order they can fire for one target. */
export const SLA_STEPS = ['first_response_warning', 'first_response_breach', 'first_response_escalation', 'resolution_warning', 'resolution_breach', 'resolution_escalation'] as const;
export type SlaStep = (typeof SLA_STEPS)[number];

export interface CaseSlaDto {
  policyId: string | null;
  policyName: string | null;
  /** Null while the clock is paused (waiting on the customer) or when the target was met. */
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  /** When the assignee gets warned about each target (null: not ahead, e.g. met or paused). */
  firstResponseWarnAt: string | null;
  resolutionWarnAt: string | null;
  firstRespondedAt: string | null;
  resolvedAt: string | null;
  pausedSince: string | null;
  /** Steps already fired (warnings, breaches, escalations). */
  breached: { firstResponse: boolean; resolution: boolean };
}

export interface CaseUserRef {
  id: string;
  name: string;
}

export interface CaseSummaryDto {
  id: string;
  /** The conversation's reference, e.g. FC-7K3M9QX2: what customers quote. */
  reference: string;
  status: CaseStatus;
  priority: CasePriority;
  department: { id: string; name: string } | null;
  assignee: CaseUserRef | null;
  customer: { id: string; name: string | null; email: string | null };
  /** The first item's channel and an excerpt of its text. */
  channel: Channel;
  subject: string | null;
  excerpt: string;
  sentiment: Sentiment | null;
  urgency: Urgency | null;
  topics: string[];
  tags: string[];
  itemCount: number;
  routedBy: RoutedBy;
  /** The department model's best guess when it was asked (triage shows it); null when it was not. */
  guess: { departmentId: string | null; confidence: number; threshold: number } | null;
  firstResponseDueAt: string | null;
  resolutionDueAt: string | null;
  /** True once any SLA target of the case was breached. */
  breached: boolean;
  openedAt: string;
  updatedAt: string;
}

export interface CaseItemDto {
  id: string;
  channel: Channel;
  subject: string | null;
  text: string;
  score: Score | null;
  sentiment: Sentiment | null;
  topics: string[];
  urgency: Urgency | null;
  language: string | null;
  receivedAt: string;
}

export const CASE_EVENT_TYPES = [
  'opened',
  'attached',
  'routed',
  'assigned',
  'reassigned',
  'status_changed',
  'sla_warning',
  'sla_breached',
  'escalated',
  'paused',
  'resumed',
  'reply_queued',
  'message_status',
  'note_added',
  'action_added',
  'action_updated',
  'resolved',
  'reopened',
  'closed',
  'merged',
  'merged_from',
  'survey_scheduled',
  'survey_sent',
  'survey_answered',
  'survey_cancelled',
  'initiative_linked',
  'initiative_update',
] as const;
export type CaseEventType = (typeof CASE_EVENT_TYPES)[number];

export interface CaseEventDto {
  id: string;
  type: CaseEventType;
  actor: CaseUserRef | null;
  /** A sentence for people, e.g. "Escalated to Ana Owner (department owner): first response overdue". */
  summary: string;
  data: Record<string, unknown>;
  occurredAt: string;
}

export interface CaseDetailDto extends CaseSummaryDto {
  routing: RoutingDecisionDto;
  sla: CaseSlaDto;
  items: CaseItemDto[];
  events: CaseEventDto[];
  /** Outbound messages of the case, oldest first, each with its delivery status. */
  messages: OutboundMessageDto[];
  notes: CaseNoteDto[];
  actions: CaseActionDto[];
  /** Set when this case was merged into another. */
  mergedInto: { id: string; reference: string } | null;
  resolution: { summary: string | null; noReplyReason: string | null; resolvedBy: CaseUserRef | null } | null;
  /** What the signed-in user may do here. */
  can: { reassign: boolean; changeStatus: boolean; reply: boolean; resolve: boolean; reopen: boolean; close: boolean; merge: boolean; note: boolean; act: boolean };
}

/**
 * SLA risk filter: `breached` (a target missed); `at_risk` (a working case, not breached, clock
 * running, whose current target (first response until met, then resolution) is due within 2 hours
 * or past its policy's warning instant); `ok` (neither).
 */
export const SLA_RISKS = ['breached', 'at_risk', 'ok'] as const;
export type SlaRisk = (typeof SLA_RISKS)[number];

export const CASE_SORTS = ['sla', 'newest', 'oldest', 'priority'] as const;

/** GET /api/cases: the inbox. Owners and members see their departments' cases only. */
export const listCasesQuerySchema = z.strictObject({
  /** `open` (default): every open status except triage; `triage`: the triage queue. */
  view: z.enum(['open', 'triage', 'mine', 'closed', 'all']).default('open'),
  departmentId: z.uuid().optional(),
  /** One customer's cases (the customer page), within what the user may see. */
  customerId: z.uuid().optional(),
  status: caseStatusSchema.optional(),
  priority: casePrioritySchema.optional(),
  channel: channelSchema.optional(),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  topic: z.string().trim().min(1).max(60).optional(),
  /** A colleague's id, or `none` for unassigned cases. */
  assigneeId: z.union([z.uuid(), z.literal('none')]).optional(),
  segment: z.string().trim().min(1).max(60).optional(),
  slaRisk: z.enum(SLA_RISKS).optional(),
  /** Full-text search over the case's items (words in any order), its reference and the customer's name or address. */
  q: z.string().trim().max(200).optional(),
  sort: z.enum(CASE_SORTS).default('sla'),
  /** Opaque cursor from the previous page's `nextCursor`. */
  cursor: z.string().max(500).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type ListCasesQuery = z.input<typeof listCasesQuerySchema>;
/** The query after validation, defaults applied. */
export type ListCasesParams = z.output<typeof listCasesQuerySchema>;

export interface CasePage {
  cases: CaseSummaryDto[];
  nextCursor: string | null;
  /** Open cases per status in the same scope, for the tabs. */
  counts: { open: number; triage: number; mine: number; breached: number };
}

/**
 * POST /api/cases/:id/reassign: move a case to another department and/or person. The reason is
 * required; a department change is recorded as a training label for the department model.
 */
export const reassignCaseRequestSchema = z
  .strictObject({
    departmentId: z.uuid().optional(),
    /** null: leave unassigned; absent: pick by the department's assignment strategy when the department changes. */
    assigneeId: z.uuid().nullable().optional(),
    reason: storableText().trim().min(3, 'say why, in a few words').max(500),
  })
  .refine((r) => r.departmentId !== undefined || r.assigneeId !== undefined, { message: 'needs a department or an assignee', path: ['departmentId'] });
export type ReassignCaseRequest = z.infer<typeof reassignCaseRequestSchema>;

/** POST /api/cases/:id/status: the moves this part of the lifecycle allows today. */
export const changeCaseStatusRequestSchema = z.strictObject({
  status: z.enum(['in_progress', 'waiting_on_customer']),
  note: storableText().trim().max(500).optional(),
});
export type ChangeCaseStatusRequest = z.infer<typeof changeCaseStatusRequestSchema>;

/** One server-sent event on GET /api/cases/stream: a case the reader may see was opened or changed. */
export interface CaseChangeEvent {
  caseId: string;
  departmentId: string | null;
  assigneeId: string | null;
  /** The case event types written in the change, e.g. ["attached", "resumed"]. */
  types: string[];
  at: string;
  /** Where the case was before a reassignment in this change: its former audience hears that it left. */
  previous?: { departmentId: string | null; assigneeId: string | null };
}
