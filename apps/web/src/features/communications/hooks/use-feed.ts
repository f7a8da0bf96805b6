import type { ListFeedQuery, PostFeedEntryRequest } from '@fullcircle/shared';
import { useInfiniteQuery, useMutation, useQueryClient } from '@tanstack/react-query';
import { listFeed, postFeedEntry } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

export function useFeed(query: Omit<ListFeedQuery, 'cursor'>) {
  return useInfiniteQuery({
    queryKey: communicationsKeys.feed(query),
    queryFn: ({ pageParam }) => listFeed({ ...query, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}

export function usePostFeedEntry() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: PostFeedEntryRequest) => postFeedEntry(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationsKeys.feedAll() }),
  });
}
