import { useMutation, useQueryClient } from '@tanstack/react-query';
import { splitIdentity } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

/** Moves one identity (and what came through it) off `customerId` to a new customer. */
export function useSplitIdentity(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (identityId: string) => splitIdentity(customerId, identityId),
    onSuccess: (created) => {
      queryClient.setQueryData(customersKeys.detail(created.id), created);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: customersKeys.detail(customerId) }),
        queryClient.invalidateQueries({ queryKey: customersKeys.lists() }),
      ]);
    },
  });
}
