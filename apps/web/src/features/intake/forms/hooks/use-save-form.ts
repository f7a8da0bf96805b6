import type { FormInput } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createForm, updateForm } from '../../../../api/forms.api';
import { intakeKeys } from '../../intake.keys';
import { formsKeys } from '../forms.keys';

/** Creates a form, or updates it when given its id. */
export function useSaveForm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string | null; body: FormInput }) => (id ? updateForm(id, body) : createForm(body)),
    onSuccess: () => Promise.all([queryClient.invalidateQueries({ queryKey: formsKeys.all }), queryClient.invalidateQueries({ queryKey: intakeKeys.channels() })]),
  });
}
