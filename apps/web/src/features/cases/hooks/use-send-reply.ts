import type { SendReplyRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { sendReply } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useSendReply(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SendReplyRequest) => sendReply(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
