import type { ReplyFromMailboxRequest } from '@fullcircle/shared';
import { useInfiniteQuery, useMutation, useQuery } from '@tanstack/react-query';
import { getMailboxMessage, listMailbox, replyFromMailbox } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

export const MAILBOX_PAGE_SIZE = 50;

/** The development mailbox, newest first; refetched on focus so a message just sent shows up. */
export function useMailbox() {
  return useInfiniteQuery({
    queryKey: communicationsKeys.mailbox(),
    queryFn: ({ pageParam }) => listMailbox({ cursor: pageParam, limit: MAILBOX_PAGE_SIZE }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
    refetchInterval: 10_000,
  });
}

export function useMailboxMessage(id: string | undefined) {
  return useQuery({ queryKey: communicationsKeys.mailboxMessage(id ?? ''), queryFn: () => getMailboxMessage(id as string), enabled: Boolean(id) });
}

export function useReplyFromMailbox(id: string) {
  return useMutation({ mutationFn: (body: ReplyFromMailboxRequest) => replyFromMailbox(id, body) });
}
