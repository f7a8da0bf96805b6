import type { MarkNotificationsReadRequest } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { listNotifications, markNotificationsRead } from '../../../api/communications.api';
import { communicationsKeys } from '../communications.keys';

export const NOTIFICATIONS_POLL_MS = 30_000;

/** The bell: polled every 30 s and refetched when the window regains focus. */
export function useNotifications() {
  return useQuery({ queryKey: communicationsKeys.notifications(), queryFn: listNotifications, refetchInterval: NOTIFICATIONS_POLL_MS, refetchOnWindowFocus: true });
}

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MarkNotificationsReadRequest) => markNotificationsRead(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: communicationsKeys.notifications() }),
  });
}
