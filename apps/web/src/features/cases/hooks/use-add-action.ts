import type { AddActionRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { addAction } from '../../../api/cases.api';
import { afterCaseWork, upsert } from './after-case-work';

export function useAddAction(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AddActionRequest) => addAction(caseId, body),
    onSuccess: (action) => afterCaseWork(queryClient, caseId, (c) => ({ ...c, actions: upsert(c.actions, action) })),
  });
}
