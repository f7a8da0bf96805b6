import type {
  AddActionRequest,
  AddNoteRequest,
  BulkCaseRequest,
  BulkCaseResult,
  CaseActionDto,
  CaseContextDto,
  CaseDetailDto,
  CaseNoteDto,
  CasePage,
  CloseCaseRequest,
  ChangeCaseStatusRequest,
  ListCasesQuery,
  MentionableColleagueDto,
  MentionableQuery,
  MergeCaseRequest,
  ReassignCaseRequest,
  ReopenCaseRequest,
  ResolveCaseRequest,
  SavedViewDto,
  SaveViewRequest,
  SendReplyRequest,
  UpdateActionRequest,
} from '@fullcircle/shared';
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
      sentiment: query.sentiment,
      topic: query.topic,
      assigneeId: query.assigneeId,
      segment: query.segment,
      slaRisk: query.slaRisk,
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

/** Server-Sent Events: each message's data is a CaseChangeEvent for a case the user may see. */
export const CASE_STREAM_URL = '/api/cases/stream';

export function bulkCases(body: BulkCaseRequest): Promise<BulkCaseResult> {
  return request<BulkCaseResult>('/api/cases/bulk', { method: 'POST', body });
}

export function listSavedViews(): Promise<SavedViewDto[]> {
  return request<SavedViewDto[]>('/api/cases/views');
}

export function saveView(body: SaveViewRequest): Promise<SavedViewDto> {
  return request<SavedViewDto>('/api/cases/views', { method: 'POST', body });
}

export function deleteSavedView(id: string): Promise<void> {
  return request<void>(`/api/cases/views/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function getCaseContext(id: string): Promise<CaseContextDto> {
  return request<CaseContextDto>(`${casePath(id)}/context`);
}

export function sendReply(id: string, body: SendReplyRequest): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/replies`, { method: 'POST', body });
}

export function addNote(id: string, body: AddNoteRequest): Promise<CaseNoteDto> {
  return request<CaseNoteDto>(`${casePath(id)}/notes`, { method: 'POST', body });
}

/** Colleagues who may be @mentioned on the case, whose names start with `q`. */
export function listMentionable(id: string, query: MentionableQuery, signal?: AbortSignal): Promise<MentionableColleagueDto[]> {
  return request<MentionableColleagueDto[]>(`${casePath(id)}/mentionable`, { query: { q: query.q, limit: query.limit === undefined ? undefined : String(query.limit) }, signal });
}

export function addAction(id: string, body: AddActionRequest): Promise<CaseActionDto> {
  return request<CaseActionDto>(`${casePath(id)}/actions`, { method: 'POST', body });
}

export function updateAction(id: string, actionId: string, body: UpdateActionRequest): Promise<CaseActionDto> {
  return request<CaseActionDto>(`${casePath(id)}/actions/${encodeURIComponent(actionId)}`, { method: 'PATCH', body });
}

export function resolveCase(id: string, body: ResolveCaseRequest): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/resolve`, { method: 'POST', body });
}

export function reopenCase(id: string, body: ReopenCaseRequest): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/reopen`, { method: 'POST', body });
}

export function closeCase(id: string, body: CloseCaseRequest = {}): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/close`, { method: 'POST', body });
}

export function mergeCase(id: string, body: MergeCaseRequest): Promise<CaseDetailDto> {
  return request<CaseDetailDto>(`${casePath(id)}/merge`, { method: 'POST', body });
}
