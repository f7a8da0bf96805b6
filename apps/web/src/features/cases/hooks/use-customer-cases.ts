import { useQuery } from '@tanstack/react-query';
import { listCases } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

export const CUSTOMER_CASES_SHOWN = 10;

/** A customer's newest cases, open or not, that the signed-in user may see. */
export function useCustomerCases(customerId: string) {
  const filters = { view: 'all', customerId, sort: 'newest', limit: CUSTOMER_CASES_SHOWN } as const;
  return useQuery({ queryKey: casesKeys.list(filters), queryFn: ({ signal }) => listCases(filters, signal) });
}
