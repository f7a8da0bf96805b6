import type { MergeCaseRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { mergeCase } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useMergeCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: MergeCaseRequest) => mergeCase(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
