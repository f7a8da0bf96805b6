import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getCustomer } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

export function useCustomer(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: customersKeys.detail(id),
    queryFn: async () => {
      const customer = await getCustomer(id);
      // A merged-away id answers with the surviving customer: cache it under its own id too.
      if (customer.id !== id) queryClient.setQueryData(customersKeys.detail(customer.id), customer);
      return customer;
    },
  });
}
