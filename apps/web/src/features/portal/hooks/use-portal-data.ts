import type { ErasureReceiptDto } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { requestPortalErasure } from '../../../api/portal-data.api';
import { portalKeys } from '../portal.keys';

/** The receipt of the erasure just made, kept in the cache for the receipt page (the session is gone by then). */
export const erasureReceiptKey = (id: string) => [...portalKeys.all, 'erasure-receipt', id] as const;

export function usePortalErasure() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: requestPortalErasure,
    onSuccess: (receipt) => {
      // nothing of theirs may stay on screen or in memory; only the receipt (counts, no values)
      queryClient.removeQueries({ queryKey: portalKeys.me() });
      queryClient.setQueryData(erasureReceiptKey(receipt.receiptId), receipt);
    },
  });
}

/** The receipt from the cache, if this tab made the erasure (a reload keeps only the id from the address). */
export function useErasureReceipt(id: string) {
  return useQuery<ErasureReceiptDto | null>({
    queryKey: erasureReceiptKey(id),
    queryFn: () => null,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
