import type {
  CreateInitiativeRequest,
  IncidentUpdateRequest,
  InitiativeDetailDto,
  InitiativeOwnerOptionDto,
  InitiativePage,
  LinkFromSearchRequest,
  LinkInitiativeRequest,
  LinkResultDto,
  ListInitiativesQuery,
  UpdateInitiativeRequest,
} from '@fullcircle/shared';
import { request } from './http';

const initiativePath = (id: string) => `/api/initiatives/${encodeURIComponent(id)}`;
const str = (v: number | undefined) => (v === undefined ? undefined : String(v));

export function listInitiatives(query: ListInitiativesQuery = {}, signal?: AbortSignal): Promise<InitiativePage> {
  return request<InitiativePage>('/api/initiatives', {
    query: { status: query.status, kind: query.kind, q: query.q, limit: str(query.limit as number | undefined), offset: str(query.offset as number | undefined) },
    signal,
  });
}

export function getInitiative(id: string, query: { linksOffset?: number; linksLimit?: number } = {}): Promise<InitiativeDetailDto> {
  return request<InitiativeDetailDto>(initiativePath(id), { query: { linksOffset: str(query.linksOffset), linksLimit: str(query.linksLimit) } });
}

/** Colleagues who may own an initiative (active admins, department owners and executives). */
export function listInitiativeOwners(): Promise<InitiativeOwnerOptionDto[]> {
  return request<InitiativeOwnerOptionDto[]>('/api/initiatives/owners');
}

export function createInitiative(body: CreateInitiativeRequest): Promise<InitiativeDetailDto> {
  return request<InitiativeDetailDto>('/api/initiatives', { method: 'POST', body });
}

/** Edits, and status moves; shipping or declining needs `outcomeNote` and tells every linked customer. */
export function updateInitiative(id: string, body: UpdateInitiativeRequest): Promise<InitiativeDetailDto> {
  return request<InitiativeDetailDto>(initiativePath(id), { method: 'PATCH', body });
}

export function linkToInitiative(id: string, body: LinkInitiativeRequest): Promise<LinkResultDto> {
  return request<LinkResultDto>(`${initiativePath(id)}/links`, { method: 'POST', body });
}

/** Links every item of every case the inbox search (same filters) finds. */
export function linkSearchToInitiative(id: string, body: LinkFromSearchRequest): Promise<LinkResultDto> {
  return request<LinkResultDto>(`${initiativePath(id)}/links/search`, { method: 'POST', body });
}

export function unlinkFromInitiative(id: string, feedbackId: string): Promise<LinkResultDto> {
  return request<LinkResultDto>(`${initiativePath(id)}/links/${encodeURIComponent(feedbackId)}`, { method: 'DELETE' });
}

export function publishIncidentUpdate(id: string, body: IncidentUpdateRequest): Promise<InitiativeDetailDto> {
  return request<InitiativeDetailDto>(`${initiativePath(id)}/updates`, { method: 'POST', body });
}
