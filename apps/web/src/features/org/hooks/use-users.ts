import type { ListUsersQuery } from '@fullcircle/shared';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { listUsers } from '../../../api/org.api';
import { orgKeys } from '../org.keys';

export function useUsers(filters: ListUsersQuery = {}) {
  return useQuery({
    queryKey: orgKeys.userList(filters),
    queryFn: () => listUsers(filters),
    // Keep the table steady while a new filter loads.
    placeholderData: keepPreviousData,
  });
}
