import type { ListSurgesQuery, ResolveSurgeCasesRequest, ResolveSurgeCasesResult, SurgeDetailDto, SurgeDto, SurgeUpdateRequest } from '@fullcircle/shared';
import { request } from './http';

const BASE = '/api/surges';
const surgePath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function listSurges(query: ListSurgesQuery = {}): Promise<SurgeDto[]> {
  return request<SurgeDto[]>(BASE, { query: { status: query.status } });
}

export function getSurge(id: string, page = 1, pageSize = 50): Promise<SurgeDetailDto> {
  return request<SurgeDetailDto>(surgePath(id), { query: { page: String(page), pageSize: String(pageSize) } });
}

export function openIncident(id: string): Promise<SurgeDetailDto> {
  return request<SurgeDetailDto>(`${surgePath(id)}/incident`, { method: 'POST' });
}

export function dismissSurge(id: string): Promise<SurgeDto> {
  return request<SurgeDto>(`${surgePath(id)}/dismiss`, { method: 'POST' });
}

export function publishSurgeUpdate(id: string, body: SurgeUpdateRequest): Promise<SurgeDetailDto> {
  return request<SurgeDetailDto>(`${surgePath(id)}/updates`, { method: 'POST', body });
}

export function resolveSurgeCases(id: string, body: ResolveSurgeCasesRequest): Promise<ResolveSurgeCasesResult> {
  return request<ResolveSurgeCasesResult>(`${surgePath(id)}/resolve-cases`, { method: 'POST', body });
}
