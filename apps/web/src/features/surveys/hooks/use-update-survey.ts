import type { UpdateSurveyRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { updateSurvey } from '../../../api/surveys.api';
import { surveysKeys } from '../surveys.keys';

export function useUpdateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateSurveyRequest }) => updateSurvey(id, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKeys.list() }),
  });
}
