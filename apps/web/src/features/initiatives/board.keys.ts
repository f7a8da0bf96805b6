import type { ListBoardModerationQuery, ListBoardQuery } from '@fullcircle/shared';

export const boardKeys = {
  all: ['board'] as const,
  lists: () => [...boardKeys.all, 'list'] as const,
  list: (query: ListBoardQuery) => [...boardKeys.lists(), query] as const,
  details: () => [...boardKeys.all, 'detail'] as const,
  detail: (id: string) => [...boardKeys.details(), id] as const,
  moderation: (query: ListBoardModerationQuery) => [...boardKeys.all, 'moderation', query] as const,
  moderationAll: () => [...boardKeys.all, 'moderation'] as const,
};
