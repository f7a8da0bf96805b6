import type { RecordConsentRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { recordConsent } from '../../../api/customers.api';
import { customersKeys } from '../customers.keys';

export function useRecordConsent(customerId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RecordConsentRequest) => recordConsent(customerId, body),
    // The answer is the whole customer, with the new record first for its purpose.
    onSuccess: (customer) => queryClient.setQueryData(customersKeys.detail(customerId), customer),
  });
}
