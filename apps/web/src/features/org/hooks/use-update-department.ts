import type { UpdateDepartmentRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateDepartment } from '../../../api/org.api';
import { orgKeys } from '../org.keys';

export function useUpdateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateDepartmentRequest }) => updateDepartment(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: orgKeys.departments() }),
  });
}
