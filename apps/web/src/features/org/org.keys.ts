import type { ListUsersQuery } from '@fullcircle/shared';

export const orgKeys = {
  all: ['org'] as const,
  departments: () => [...orgKeys.all, 'departments'] as const,
  users: () => [...orgKeys.all, 'users'] as const,
  userList: (filters: ListUsersQuery) => [...orgKeys.users(), 'list', filters] as const,
};
