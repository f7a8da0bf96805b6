import type { ResolveCaseRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { resolveCase } from '../../../api/cases.api';
import { afterCaseChanged } from './invalidate-cases';

export function useResolveCase(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ResolveCaseRequest) => resolveCase(caseId, body),
    onSuccess: (updated) => afterCaseChanged(queryClient, updated),
  });
}
