import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mergeCustomers } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

/** Merges `sourceCustomerId` into `targetId`: the source's identities, feedback and consents move; the source is gone. */
export function useMergeCustomers(targetId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (sourceCustomerId: string) => mergeCustomers(targetId, { sourceCustomerId }),
    onSuccess: (merged, sourceCustomerId) => {
      queryClient.removeQueries({ queryKey: customersKeys.detail(sourceCustomerId) });
      queryClient.setQueryData(customersKeys.detail(targetId), merged);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: customersKeys.timeline(targetId) }),
        queryClient.invalidateQueries({ queryKey: customersKeys.lists() }),
      ]);
    },
  });
}
