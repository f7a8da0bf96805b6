import type { ListSurgesQuery } from '@fullcircle/shared';

export const surgesKeys = {
  all: ['surges'] as const,
  lists: () => [...surgesKeys.all, 'list'] as const,
  list: (query: ListSurgesQuery) => [...surgesKeys.lists(), query] as const,
  detail: (id: string, page: number) => [...surgesKeys.all, 'detail', id, page] as const,
  details: (id: string) => [...surgesKeys.all, 'detail', id] as const,
};
