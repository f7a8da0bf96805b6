import { z } from 'zod';
import type { Role } from '../auth/roles';
import { storableText } from '../common/storable-text';
import { listCasesQuerySchema } from '../cases/cases.schemas';
import {
  INITIATIVE_KINDS,
  INITIATIVE_STATUSES,
  type InitiativeKind,
  type InitiativeLinkSource,
  type InitiativeNoticeOutcome,
  type InitiativeStatus,
  type InitiativeUpdateKind,
} from './initiative-enums';

const isoDate = z.iso.date('must be a date like 2027-03-31');
const title = storableText().trim().min(3, 'write at least 3 characters').max(200);
const problem = storableText().trim().min(1, 'describe the problem').max(5_000);
const topic = z.string().trim().min(1).max(60);

/** POST /api/initiatives. */
export const createInitiativeRequestSchema = z.strictObject({
  title,
  problem,
  kind: z.enum(INITIATIVE_KINDS).default('improvement'),
  departmentIds: z.array(z.uuid()).max(20).default([]),
  ownerId: z.uuid().nullable().optional(),
  targetDate: isoDate.nullable().optional(),
  topic: topic.nullable().optional(),
  isPublic: z.boolean().default(false),
});
export type CreateInitiativeRequest = z.input<typeof createInitiativeRequestSchema>;
export type CreateInitiativeParams = z.output<typeof createInitiativeRequestSchema>;

/** The moves an initiative may make; shipped and declined are final. */
export const INITIATIVE_TRANSITIONS: Record<InitiativeStatus, readonly InitiativeStatus[]> = {
  proposed: ['planned', 'in_progress', 'shipped', 'declined'],
  planned: ['proposed', 'in_progress', 'shipped', 'declined'],
  in_progress: ['planned', 'shipped', 'declined'],
  shipped: [],
  declined: [],
};

/**
 * PATCH /api/initiatives/:id. Shipping or declining needs `outcomeNote`: the words every linked
 * customer, voter and follower receives ("you said, we did", or why not).
 */
export const updateInitiativeRequestSchema = z
  .strictObject({
    title: title.optional(),
    problem: problem.optional(),
    departmentIds: z.array(z.uuid()).max(20).optional(),
    ownerId: z.uuid().nullable().optional(),
    targetDate: isoDate.nullable().optional(),
    topic: topic.nullable().optional(),
    isPublic: z.boolean().optional(),
    status: z.enum(INITIATIVE_STATUSES).optional(),
    outcomeNote: storableText().trim().min(10, 'tell customers what changed, in at least 10 characters').max(2_000).optional(),
  })
  .refine((b) => !(b.status === 'shipped' || b.status === 'declined') || b.outcomeNote !== undefined, {
    message: 'is required to ship or decline: the message customers receive',
    path: ['outcomeNote'],
  });
export type UpdateInitiativeRequest = z.infer<typeof updateInitiativeRequestSchema>;

/** GET /api/initiatives. */
export const listInitiativesQuerySchema = z.strictObject({
  status: z.enum(INITIATIVE_STATUSES).optional(),
  kind: z.enum(INITIATIVE_KINDS).optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type ListInitiativesQuery = z.input<typeof listInitiativesQuerySchema>;
export type ListInitiativesParams = z.output<typeof listInitiativesQuerySchema>;

/** GET /api/initiatives/:id: which page of linked items. */
export const initiativeDetailQuerySchema = z.strictObject({
  linksLimit: z.coerce.number().int().min(1).max(200).default(25),
  linksOffset: z.coerce.number().int().min(0).default(0),
  /** Days before and after shipping compared for the topic's KPIs. */
  kpiDays: z.coerce.number().int().min(7).max(180).default(28),
});
export type InitiativeDetailParams = z.output<typeof initiativeDetailQuerySchema>;

/** POST /api/initiatives/:id/links: items, or cases (all their items). */
export const linkInitiativeRequestSchema = z
  .strictObject({
    feedbackIds: z.array(z.uuid()).max(1_000).default([]),
    caseIds: z.array(z.uuid()).max(1_000).default([]),
  })
  .refine((b) => b.feedbackIds.length + b.caseIds.length > 0, { message: 'name at least one item or case', path: ['feedbackIds'] });
export type LinkInitiativeRequest = z.input<typeof linkInitiativeRequestSchema>;

/** POST /api/initiatives/:id/links/search: every item of every case the inbox search finds (same filters). */
export const linkFromSearchRequestSchema = listCasesQuerySchema.omit({ cursor: true, limit: true, sort: true });
export type LinkFromSearchRequest = z.input<typeof linkFromSearchRequestSchema>;

/** DELETE /api/initiatives/:id/links/:feedbackId. */
export const initiativeLinkParamSchema = z.object({ id: z.uuid(), feedbackId: z.uuid() });
export type InitiativeLinkParam = z.infer<typeof initiativeLinkParamSchema>;

/** POST /api/initiatives/:id/updates: a follow-up on an incident, told to everyone affected. */
export const incidentUpdateRequestSchema = z.strictObject({
  message: storableText().trim().min(10, 'write at least 10 characters').max(2_000),
});
export type IncidentUpdateRequest = z.infer<typeof incidentUpdateRequestSchema>;

/** GET /api/initiatives/owners: who may be named an initiative's owner (never their email). */
export interface InitiativeOwnerOptionDto {
  id: string;
  name: string;
  role: Role;
}

/** The roles offered as initiative owners: people who run things. */
export const INITIATIVE_OWNER_ROLES: readonly Role[] = ['admin', 'owner', 'executive'];

export interface LinkResultDto {
  /** Items linked by this request (already linked ones are not counted again). */
  linked: number;
  /** Items behind the initiative now. */
  voices: number;
}

export interface InitiativeSummaryDto {
  id: string;
  title: string;
  status: InitiativeStatus;
  kind: InitiativeKind;
  isPublic: boolean;
  topic: string | null;
  owner: { id: string; name: string } | null;
  departmentIds: string[];
  targetDate: string | null;
  /** Linked items. */
  voices: number;
  /** Distinct customers behind the links. */
  customers: number;
  votes: number;
  followers: number;
  createdAt: string;
  updatedAt: string;
}

export interface InitiativePage {
  initiatives: InitiativeSummaryDto[];
  total: number;
  counts: Record<InitiativeStatus, number>;
}

export interface CountDto {
  key: string;
  count: number;
}

export interface LinkedItemDto {
  feedbackId: string;
  channel: string;
  subject: string | null;
  excerpt: string;
  sentiment: string | null;
  receivedAt: string;
  customer: { id: string; name: string | null; segment: string | null };
  case: { id: string; reference: string; status: string } | null;
  source: InitiativeLinkSource;
  linkedAt: string;
}

export interface InitiativeActionDto {
  id: string;
  caseId: string;
  caseReference: string;
  kind: string;
  description: string;
  status: string;
  createdAt: string;
}

export interface InitiativeUpdateDto {
  id: string;
  kind: InitiativeUpdateKind;
  message: string;
  createdAt: string;
  createdBy: string | null;
  fannedOutAt: string | null;
  /** People considered (linked, voters, followers). */
  recipients: number;
  /** Messages queued, per channel (email, sms, in_app). */
  toldByChannel: CountDto[];
  /** Every notice by outcome: queued, no_consent, over_budget, unreachable. */
  outcomes: { outcome: InitiativeNoticeOutcome; count: number }[];
  /** Customers told who wrote to us again afterwards. */
  replied: number;
}

export interface KpiSideDto {
  volume: number;
  perWeek: number;
  /** 0..1, of items with a sentiment. */
  negativeShare: number | null;
  /** Scores on a 0..100 scale (NPS, CSAT, CES normalised), null without scores. */
  averageScore: number | null;
}

export interface InitiativeKpisDto {
  topic: string;
  days: number;
  shippedAt: string;
  before: KpiSideDto;
  after: KpiSideDto;
  /** Week by week around shipping: week -N..-1 before, 0.. after. */
  weekly: { week: number; volume: number; negativeShare: number | null }[];
}

export interface InitiativeDetailDto extends InitiativeSummaryDto {
  problem: string;
  outcomeNote: string | null;
  shippedAt: string | null;
  declinedAt: string | null;
  departments: { id: string; name: string }[];
  voicesBy: { channel: CountDto[]; segment: CountDto[]; sentiment: CountDto[] };
  links: { items: LinkedItemDto[]; total: number; offset: number; limit: number };
  actions: InitiativeActionDto[];
  updates: InitiativeUpdateDto[];
  kpis: InitiativeKpisDto | null;
  can: { edit: boolean; link: boolean; ship: boolean };
}
