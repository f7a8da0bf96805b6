import { useMutation, useQueryClient } from '@tanstack/react-query';
import { logout } from '../../../api/auth.api';
import { authKeys } from '../auth.keys';

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => logout(),
    onSettled: () => {
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== authKeys.all[0] });
      queryClient.setQueryData(authKeys.session(), null);
    },
  });
}
