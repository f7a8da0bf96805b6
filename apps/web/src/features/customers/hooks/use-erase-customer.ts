import { useMutation, useQueryClient } from '@tanstack/react-query';
import { eraseCustomer } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

/** Erases the customer; afterwards the page (and lists) show the anonymised record. */
export function useEraseCustomer(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => eraseCustomer(customerId),
    onSuccess: () =>
      Promise.all([
        // the detail key covers the timeline too
        queryClient.invalidateQueries({ queryKey: customersKeys.detail(customerId) }),
        queryClient.invalidateQueries({ queryKey: customersKeys.lists() }),
      ]),
  });
}
