import type { UpdateCustomerRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateCustomer } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

export function useUpdateCustomer(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateCustomerRequest) => updateCustomer(customerId, body),
    onSuccess: (customer) => queryClient.setQueryData(customersKeys.detail(customerId), customer),
  });
}
