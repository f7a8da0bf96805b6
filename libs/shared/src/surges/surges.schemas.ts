import { z } from 'zod';
import { storableText } from '../common/storable-text';
import { SURGE_STATUSES, type SurgeDimension, type SurgeStatus } from '../initiatives/initiative-enums';

/** A topic (or a topic in one location or for one product) far above its own baseline. */
export interface SurgeDto {
  id: string;
  topic: string;
  dimension: SurgeDimension;
  /** The location or product; '' for a topic-wide surge. */
  dimensionValue: string;
  status: SurgeStatus;
  /** Start of the window the surge was first measured in; items received since then are "behind it". */
  windowStart: string;
  /** Items in the window when last measured. */
  volume: number;
  /** Mean items per window of the same size over the baseline days. */
  baselineVolume: number;
  /** 0…1 */
  negativeShare: number;
  baselineNegativeShare: number;
  initiativeId: string | null;
  /** Items received since windowStart that match it (what an incident links). */
  itemCount: number;
  detectedAt: string;
  updatedAt: string;
}

export interface SurgeItemDto {
  id: string;
  customerId: string;
  customerName: string | null;
  channel: string;
  subject: string | null;
  /** The first few hundred characters. */
  excerpt: string;
  sentiment: string | null;
  receivedAt: string;
  caseId: string | null;
  caseReference: string | null;
  caseStatus: string | null;
  /** Linked to the surge's incident. */
  linked: boolean;
}

/** An incident update sent to the affected customers, with how many it told. */
export interface SurgeUpdateDto {
  id: string;
  message: string;
  createdAt: string;
  /** Null until the fan-out ran. */
  fannedOutAt: string | null;
  told: number;
  notTold: number;
}

export interface SurgeDetailDto extends SurgeDto {
  items: SurgeItemDto[];
  page: number;
  pageSize: number;
  /** Distinct customers behind the surge (linked to the incident once there is one). */
  affectedCustomers: number;
  /** Of those, the ones who did not withdraw consent to be contacted about their feedback: who an update can tell. */
  reachableCustomers: number;
  /** Open cases of the items behind it (what "resolve all" would resolve). */
  openCases: number;
  updates: SurgeUpdateDto[];
}

export const listSurgesQuerySchema = z.strictObject({
  status: z.enum(SURGE_STATUSES).optional(),
});
export type ListSurgesQuery = z.infer<typeof listSurgesQuerySchema>;

export const surgeDetailQuerySchema = z.strictObject({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type SurgeDetailQuery = z.infer<typeof surgeDetailQuerySchema>;

/** POST /api/surges/:id/updates: one templated status message to every affected, consenting customer. */
export const surgeUpdateRequestSchema = z.strictObject({
  message: storableText().trim().min(3, 'say what changed, in a few words').max(2_000),
});
export type SurgeUpdateRequest = z.infer<typeof surgeUpdateRequestSchema>;

/** POST /api/surges/:id/resolve-cases: resolves every open case of the linked items with this message. */
export const resolveSurgeCasesRequestSchema = z.strictObject({
  message: storableText().trim().min(3, 'say how it was resolved, in a few words').max(500),
});
export type ResolveSurgeCasesRequest = z.infer<typeof resolveSurgeCasesRequestSchema>;

export interface ResolveSurgeCasesResult {
  resolved: number;
  skipped: { caseId: string; reason: string }[];
}

/** "Cancellation", "Cancellation at JFK", "Cancellation for BA117". */
export function surgeTitle(s: Pick<SurgeDto, 'topic' | 'dimension' | 'dimensionValue'>): string {
  const topic = s.topic.replaceAll('_', ' ');
  const label = topic.charAt(0).toUpperCase() + topic.slice(1);
  if (s.dimension === 'location') return `${label} at ${s.dimensionValue}`;
  if (s.dimension === 'product') return `${label} for ${s.dimensionValue}`;
  return label;
}
