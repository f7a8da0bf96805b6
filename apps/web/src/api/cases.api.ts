import type { CaseDetailDto, CasePage, ChangeCaseStatusRequest, ListCasesQuery, ReassignCaseRequest } from '@fullcircle/shared';
import { request } from './http';

const casePath = (id: string) => `/api/cases/${encodeURIComponent(id)}`;

/** One page of the inbox; pass the previous page's `nextCursor` as `cursor`. */
export function listCases(query: ListCasesQuery = {}, signal?: AbortSignal): Promise<CasePage> {
  return request<CasePage>('/api/cases', {
    query: {
      view: query.view,
      departmentId: query.departmentId,
      customerId: query.customerId,
      status: query.status,
      priority: query.priority,
      channel: query.channel,
      q: query.q,
      sort: query.sort,
      cursor: query.cursor,
      limit: query.limit === undefined ? undefined : String(query.limit),
    },
    signal,
  });
}

export function getCase(id: string): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(casePath(id));
}

export function reassignCase(id: string, body: ReassignCaseRequest): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/reassign`, { method: 'POST', body });
}

export function changeCaseStatus(id: string, body: ChangeCaseStatusRequest): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/status`, { method: 'POST', body });
}
