import type { InviteUserRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { inviteUser } from '../../../api/org.api';
import { invalidatePeople } from './invalidate-people';

export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: InviteUserRequest) => inviteUser(body),
    onSuccess: () => invalidatePeople(queryClient),
  });
}
