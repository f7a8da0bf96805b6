import type { CreateSurveyRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createSurvey } from '../../../api/surveys.api';
import { surveysKeys } from '../surveys.keys';

export function useCreateSurvey() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateSurveyRequest) => createSurvey(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKeys.list() }),
  });
}
