import type { BulkCaseRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bulkCases } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

/** Assign or close many cases; every list and any open case refreshes (some may have been skipped). */
export function useBulkCases() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BulkCaseRequest) => bulkCases(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: casesKeys.all }),
  });
}
