import type { CreateDepartmentRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createDepartment } from '../../../api/org.api';
import { orgKeys } from '../org.keys';

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateDepartmentRequest) => createDepartment(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.departments() }),
  });
}
