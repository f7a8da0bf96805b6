import type { ListCasesQuery } from '@fullcircle/shared';

/** The inbox's filters without the cursor (pages hang off one key). */
export type CaseListFilters = Omit<ListCasesQuery, 'cursor'>;

export const casesKeys = {
  all: ['cases'] as const,
  lists: () => [...casesKeys.all, 'list'] as const,
  list: (filters: CaseListFilters) => [...casesKeys.lists(), filters] as const,
  details: () => [...casesKeys.all, 'detail'] as const,
  detail: (id: string) => [...casesKeys.details(), id] as const,
  views: () => [...casesKeys.all, 'views'] as const,
  context: (id: string) => [...casesKeys.detail(id), 'context'] as const,
  mentionable: (id: string, q: string) => [...casesKeys.detail(id), 'mentionable', q] as const,
  /** Reply templates live in communications; the settings page's invalidations under this prefix reach the composer too. */
  templates: () => ['communications', 'templates'] as const,
};
