import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../api/http';
import { authKeys } from '../features/auth/auth.keys';

function isClientError(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status >= 400 && error.status < 500;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A query answered 401: the session has ended. Clearing it sends the shell to /login.
      onError: (error) => {
        if (error instanceof ApiRequestError && error.status === 401) {
          queryClient.setQueryData(authKeys.session(), null);
        }
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => !isClientError(error) && failureCount < 2,
      },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
