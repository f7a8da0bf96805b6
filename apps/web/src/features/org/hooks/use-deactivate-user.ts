import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deactivateUser } from '../../../api/org.api';
import { invalidatePeople } from './invalidate-people';

export function useDeactivateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deactivateUser(id),
    onSuccess: () => invalidatePeople(queryClient),
  });
}
