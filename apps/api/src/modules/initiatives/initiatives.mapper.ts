import type { InitiativeSummaryDto, LinkedItemDto } from '@fullcircle/shared';

export const SUMMARY_COLUMNS = `
  i.id, i.title, i.status, i.kind, i.is_public, i.topic, i.owner_id, o.name AS owner_name, i.department_ids, i.target_date::text AS target_date,
  i.created_at, i.updated_at,
  (SELECT count(*)::int FROM initiative_link l WHERE l.initiative_id = i.id) AS voices,
  (SELECT count(DISTINCT l.customer_id)::int FROM initiative_link l WHERE l.initiative_id = i.id) AS customers,
  (SELECT count(*)::int FROM initiative_vote v WHERE v.initiative_id = i.id) AS votes,
  (SELECT count(*)::int FROM initiative_follow w WHERE w.initiative_id = i.id) AS followers`;

export const SUMMARY_FROM = `FROM initiative i LEFT JOIN app_user o ON o.id = i.owner_id`;

export interface InitiativeRow {
  id: string;
  title: string;
  status: InitiativeSummaryDto['status'];
  kind: InitiativeSummaryDto['kind'];
  is_public: boolean;
  topic: string | null;
  owner_id: string | null;
  owner_name: string | null;
  department_ids: string[];
  target_date: string | null;
  created_at: Date;
  updated_at: Date;
  voices: number;
  customers: number;
  votes: number;
  followers: number;
}

export function toInitiativeSummary(r: InitiativeRow): InitiativeSummaryDto {
  return {
    id: r.id,
    title: r.title,
    status: r.status,
    kind: r.kind,
    isPublic: r.is_public,
    topic: r.topic,
    owner: r.owner_id ? { id: r.owner_id, name: r.owner_name ?? 'someone no longer here' } : null,
    departmentIds: r.department_ids,
    targetDate: r.target_date,
    voices: r.voices,
    customers: r.customers,
    votes: r.votes,
    followers: r.followers,
    createdAt: r.created_at.toISOString(),
    updatedAt: r.updated_at.toISOString(),
  };
}

export interface LinkedItemRow {
  feedback_id: string;
  channel: string;
  subject: string | null;
  excerpt: string;
  sentiment: string | null;
  received_at: Date;
  customer_id: string;
  customer_name: string | null;
  segment: string | null;
  case_id: string | null;
  case_reference: string | null;
  case_status: string | null;
  source: LinkedItemDto['source'];
  linked_at: Date;
}

export function toLinkedItem(r: LinkedItemRow): LinkedItemDto {
  return {
    feedbackId: r.feedback_id,
    channel: r.channel,
    subject: r.subject,
    excerpt: r.excerpt,
    sentiment: r.sentiment,
    receivedAt: r.received_at.toISOString(),
    customer: { id: r.customer_id, name: r.customer_name, segment: r.segment },
    case: r.case_id ? { id: r.case_id, reference: r.case_reference ?? '', status: r.case_status ?? '' } : null,
    source: r.source,
    linkedAt: r.linked_at.toISOString(),
  };
}
