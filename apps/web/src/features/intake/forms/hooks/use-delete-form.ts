import { useMutation, useQueryClient } from '@tanstack/react-query';
import { deleteForm } from '../../../../api/forms.api';
import { formsKeys } from '../forms.keys';

export function useDeleteForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => deleteForm(id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: formsKeys.all }),
  });
}
