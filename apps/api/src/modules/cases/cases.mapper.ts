import type {
  CaseDetailDto,
  CaseItemDto,
  CasePriority,
  CaseSlaDto,
  CaseStatus,
  CaseSummaryDto,
  Channel,
  MessageChannel,
  MessagePurpose,
  MessageStatus,
  OutboundMessageDto,
  RoutedBy,
  ScoreScale,
  Sentiment,
  Urgency,
} from '@fullcircle/shared';
import type { CaseSlaPlan, SlaPause } from './sla/case-sla-plan';

/** One row of the inbox query (see CaseQueriesService). */
export interface CaseRow extends SlaRow {
  id: string;
  reference: string;
  status: CaseStatus;
  priority: CasePriority;
  department_id: string | null;
  department_name: string | null;
  assignee_id: string | null;
  assignee_name: string | null;
  customer_id: string;
  customer_name: string | null;
  customer_email: string | null;
  channel: Channel;
  subject: string | null;
  excerpt: string;
  sentiment: Sentiment | null;
  urgency: Urgency | null;
  topics: string[];
  tags: string[];
  item_count: number;
  routed_by: RoutedBy;
  guess: { departmentId: string | null; confidence: number; threshold: number } | null;
  sla_due_at: Date | null;
  breached_at: Date | null;
  opened_at: Date;
  updated_at: Date;
}

export interface ItemRow {
  id: string;
  channel: Channel;
  subject: string | null;
  text: string;
  score_scale: ScoreScale | null;
  score_value: number | null;
  sentiment: Sentiment | null;
  topics: string[];
  urgency: Urgency | null;
  language: string | null;
  received_at: Date;
}

export interface EventRow {
  id: string;
  type: string;
  data: Record<string, unknown>;
  occurred_at: Date;
  actor_id: string | null;
  actor_name: string | null;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function toCaseSummary(row: CaseRow): CaseSummaryDto {
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    priority: row.priority,
    department: row.department_id ? { id: row.department_id, name: row.department_name ?? '' } : null,
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    customer: { id: row.customer_id, name: row.customer_name, email: row.customer_email },
    channel: row.channel,
    subject: row.subject,
    excerpt: row.excerpt,
    sentiment: row.sentiment,
    urgency: row.urgency,
    topics: row.topics ?? [],
    tags: row.tags ?? [],
    itemCount: row.item_count,
    routedBy: row.routed_by,
    guess: row.guess ? { departmentId: row.guess.departmentId, confidence: row.guess.confidence, threshold: row.guess.threshold } : null,
    ...dueTimes(row),
    breached: row.breached_at !== null,
    openedAt: row.opened_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
  };
}

export interface SlaRow {
  sla_plan: CaseSlaPlan | null;
  sla_pauses: SlaPause[];
  sla_fired: string[];
  first_responded_at: Date | null;
  resolved_at: Date | null;
  sla_policy_id: string | null;
}

/** The due times still ahead: a met target or a stopped clock has none. */
function dueTimes(row: SlaRow): Pick<CaseSummaryDto, 'firstResponseDueAt' | 'resolutionDueAt'> {
  const { firstResponse, resolution } = ahead(row);
  return {
    firstResponseDueAt: firstResponse ? (row.sla_plan?.steps.first_response_breach ?? null) : null,
    resolutionDueAt: resolution ? (row.sla_plan?.steps.resolution_breach ?? null) : null,
  };
}

/** Which targets still run: not met, and the clock not paused. */
function ahead(row: SlaRow): { firstResponse: boolean; resolution: boolean } {
  const paused = row.sla_pauses.some((p) => p.to === null);
  return { firstResponse: !paused && !row.first_responded_at, resolution: !paused && !row.resolved_at };
}

export function toCaseSla(row: SlaRow): CaseSlaDto {
  const open = row.sla_pauses.find((p) => p.to === null);
  const running = ahead(row);
  return {
    policyId: row.sla_plan?.policyId ?? row.sla_policy_id,
    policyName: row.sla_plan?.policyName ?? null,
    ...dueTimes(row),
    firstResponseWarnAt: running.firstResponse ? (row.sla_plan?.steps.first_response_warning ?? null) : null,
    resolutionWarnAt: running.resolution ? (row.sla_plan?.steps.resolution_warning ?? null) : null,
    firstRespondedAt: iso(row.first_responded_at),
    resolvedAt: iso(row.resolved_at),
    pausedSince: open?.from ?? null,
    breached: { firstResponse: row.sla_fired.includes('first_response_breach'), resolution: row.sla_fired.includes('resolution_breach') },
  };
}

export function toCaseItem(row: ItemRow): CaseItemDto {
  return {
    id: row.id,
    channel: row.channel,
    subject: row.subject,
    text: row.text,
    score: row.score_scale !== null && row.score_value !== null ? { scale: row.score_scale, value: row.score_value } : null,
    sentiment: row.sentiment,
    topics: row.topics ?? [],
    urgency: row.urgency,
    language: row.language,
    receivedAt: row.received_at.toISOString(),
  };
}

/** One outbound message of a case, with its author's name. */
export interface MessageRow {
  id: string;
  case_id: string | null;
  customer_id: string | null;
  channel: MessageChannel;
  purpose: MessagePurpose;
  to_address: string | null;
  subject: string | null;
  body: string;
  status: MessageStatus;
  status_reason: string | null;
  attempts: number;
  author_id: string | null;
  author_name: string | null;
  template_id: string | null;
  language: string | null;
  created_at: Date;
  sent_at: Date | null;
  delivered_at: Date | null;
  failed_at: Date | null;
}

const person = (id: string | null, name: string | null) => (id ? { id, name: name ?? 'someone no longer here' } : null);

export function toOutboundMessage(row: MessageRow): OutboundMessageDto {
  return {
    id: row.id,
    caseId: row.case_id,
    customerId: row.customer_id,
    channel: row.channel,
    purpose: row.purpose,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    status: row.status,
    statusReason: row.status_reason,
    attempts: row.attempts,
    author: person(row.author_id, row.author_name),
    templateId: row.template_id,
    language: row.language,
    createdAt: row.created_at.toISOString(),
    sentAt: iso(row.sent_at),
    deliveredAt: iso(row.delivered_at),
    failedAt: iso(row.failed_at),
  };
}

export interface ResolutionRow {
  resolution: { summary: string | null; noReplyReason: string | null; resolvedById: string | null } | null;
  resolved_by_name: string | null;
}

export function toCaseResolution(row: ResolutionRow): CaseDetailDto['resolution'] {
  if (!row.resolution) return null;
  const { summary, noReplyReason, resolvedById } = row.resolution;
  return { summary, noReplyReason, resolvedBy: person(resolvedById, row.resolved_by_name) };
}
