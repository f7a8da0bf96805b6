import type { BoardActionResult, BoardInitiativeDetail, BoardList, ListBoardModerationQuery, ListBoardQuery, ModerateBoardCommentRequest } from '@fullcircle/shared';
import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { getBoardInitiative, listBoard, listBoardModeration, moderateBoardComment, postBoardComment, setBoardFollow, setBoardVote } from '../../api/board.api';
import { boardKeys } from './board.keys';

export function useBoard(query: ListBoardQuery) {
  return useQuery({ queryKey: boardKeys.list(query), queryFn: () => listBoard(query), placeholderData: keepPreviousData });
}

export function useBoardInitiative(id: string) {
  return useQuery({ queryKey: boardKeys.detail(id), queryFn: () => getBoardInitiative(id) });
}

/** Puts a vote or follow answer into every cached list and the detail, so counts change at once. */
function applyAction(queryClient: QueryClient, result: BoardActionResult) {
  const patch = <T extends { id: string; votes: number; followers: number; viewer: BoardActionResult['viewer'] | null }>(item: T): T =>
    item.id === result.initiativeId ? { ...item, votes: result.votes, followers: result.followers, viewer: result.viewer } : item;
  queryClient.setQueriesData<BoardList>({ queryKey: boardKeys.lists() }, (list) => list && { ...list, initiatives: list.initiatives.map(patch) });
  queryClient.setQueryData<BoardInitiativeDetail>(boardKeys.detail(result.initiativeId), (detail) => detail && patch(detail));
}

export function useBoardVote() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, voted }: { id: string; voted: boolean }) => setBoardVote(id, voted),
    onSuccess: (result) => applyAction(queryClient, result),
  });
}

export function useBoardFollow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, following }: { id: string; following: boolean }) => setBoardFollow(id, following),
    onSuccess: (result) => applyAction(queryClient, result),
  });
}

export function usePostBoardComment(id: string) {
  return useMutation({ mutationFn: (body: string) => postBoardComment(id, { body }) });
}

export function useBoardModeration(query: ListBoardModerationQuery) {
  return useQuery({ queryKey: boardKeys.moderation(query), queryFn: () => listBoardModeration(query) });
}

export function useModerateBoardComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, decision }: { id: string } & ModerateBoardCommentRequest) => moderateBoardComment(id, { decision }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: boardKeys.all }),
  });
}
