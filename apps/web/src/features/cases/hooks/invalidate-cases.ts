import type { CaseDetailDto } from '@fullcircle/shared';
import type { QueryClient } from '@tanstack/react-query';
import { casesKeys } from '../cases.keys';

/** After any change to a case: show the answer at once, then refresh it and every inbox list (tabs, counts). */
export async function afterCaseChanged(queryClient: QueryClient, updated: CaseDetailDto): Promise<void> {
  queryClient.setQueryData(casesKeys.detail(updated.id), updated);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: casesKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: casesKeys.detail(updated.id) }),
  ]);
}
