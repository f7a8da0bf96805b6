import type { UpdateUserRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateUser } from '../../../api/org.api';
import { invalidatePeople } from './invalidate-people';

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUserRequest }) => updateUser(id, body),
    onSuccess: () => invalidatePeople(queryClient),
  });
}
