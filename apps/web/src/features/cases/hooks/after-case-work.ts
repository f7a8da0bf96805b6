import type { CaseDetailDto } from '@fullcircle/shared';
import type { QueryClient } from '@tanstack/react-query';
import { casesKeys } from '../cases.keys';

/**
 * Notes and actions answer with the note or action alone: put it into the cached case at once,
 * then refresh the case (history, `can`) and the inbox lists.
 */
export async function afterCaseWork(queryClient: QueryClient, caseId: string, patch: (c: CaseDetailDto) => CaseDetailDto): Promise<void> {
  queryClient.setQueryData<CaseDetailDto>(casesKeys.detail(caseId), (c) => (c ? patch(c) : c));
  await Promise.all([queryClient.invalidateQueries({ queryKey: casesKeys.lists() }), queryClient.invalidateQueries({ queryKey: casesKeys.detail(caseId) })]);
}

/** The list with `item` in place of the one with its id, or added at the end. */
export function upsert<T extends { id: string }>(list: T[], item: T): T[] {
  return list.some((x) => x.id === item.id) ? list.map((x) => (x.id === item.id ? item : x)) : [...list, item];
}
