import type {
  BoardActionResult,
  BoardInitiativeDetail,
  BoardList,
  BoardModerationCommentDto,
  BoardPostedComment,
  ListBoardModerationQuery,
  ListBoardQuery,
  ModerateBoardCommentRequest,
  PostBoardCommentRequest,
} from '@fullcircle/shared';
import { request } from './http';

const BASE = '/api/board/initiatives';
const initiativePath = (id: string) => `${BASE}/${encodeURIComponent(id)}`;

export function listBoard(query: ListBoardQuery = {}): Promise<BoardList> {
  return request<BoardList>(BASE, { query: { status: query.status, sort: query.sort, limit: query.limit === undefined ? undefined : String(query.limit) } });
}

export function getBoardInitiative(id: string): Promise<BoardInitiativeDetail> {
  return request<BoardInitiativeDetail>(initiativePath(id));
}

export function setBoardVote(id: string, voted: boolean): Promise<BoardActionResult> {
  return request<BoardActionResult>(`${initiativePath(id)}/vote`, { method: voted ? 'PUT' : 'DELETE' });
}

export function setBoardFollow(id: string, following: boolean): Promise<BoardActionResult> {
  return request<BoardActionResult>(`${initiativePath(id)}/follow`, { method: following ? 'PUT' : 'DELETE' });
}

export function postBoardComment(id: string, body: PostBoardCommentRequest): Promise<BoardPostedComment> {
  return request<BoardPostedComment>(`${initiativePath(id)}/comments`, { method: 'POST', body });
}

export function listBoardModeration(query: ListBoardModerationQuery = {}): Promise<BoardModerationCommentDto[]> {
  return request<BoardModerationCommentDto[]>('/api/board/moderation/comments', {
    query: { status: query.status, limit: query.limit === undefined ? undefined : String(query.limit) },
  });
}

export function moderateBoardComment(id: string, body: ModerateBoardCommentRequest): Promise<BoardModerationCommentDto> {
  return request<BoardModerationCommentDto>(`/api/board/moderation/comments/${encodeURIComponent(id)}`, { method: 'POST', body });
}
