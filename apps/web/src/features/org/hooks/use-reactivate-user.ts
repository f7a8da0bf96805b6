import { useMutation, useQueryClient } from '@tanstack/react-query';
import { reactivateUser } from '../../../api/org.api';
import { invalidatePeople } from './invalidate-people';

export function useReactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => reactivateUser(id),
    onSuccess: () => invalidatePeople(queryClient),
  });
}
