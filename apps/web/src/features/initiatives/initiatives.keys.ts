import type { ListInitiativesQuery } from '@fullcircle/shared';

export const initiativesKeys = {
  all: ['initiatives'] as const,
  lists: () => [...initiativesKeys.all, 'list'] as const,
  list: (filters: ListInitiativesQuery) => [...initiativesKeys.lists(), filters] as const,
  owners: () => [...initiativesKeys.all, 'owners'] as const,
  details: () => [...initiativesKeys.all, 'detail'] as const,
  detail: (id: string, linksOffset = 0) => [...initiativesKeys.details(), id, linksOffset] as const,
};
