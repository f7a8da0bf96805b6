import type { UpdateActionRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateAction } from '../../../api/cases.api';
import { afterCaseWork, upsert } from './after-case-work';

export function useUpdateAction(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ actionId, ...body }: UpdateActionRequest & { actionId: string }) => updateAction(caseId, actionId, body),
    onSuccess: (action) => afterCaseWork(queryClient, caseId, (c) => ({ ...c, actions: upsert(c.actions, action) })),
  });
}
