import type { CreateInvitationRequest } from '@fullcircle/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { createSurveyInvitation } from '../../../api/surveys.api';
import { surveysKeys } from '../surveys.keys';

export function useCreateSurveyLink(surveyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateInvitationRequest) => createSurveyInvitation(surveyId, body),
    // the survey's "invited" count changes
    onSuccess: () => queryClient.invalidateQueries({ queryKey: surveysKeys.list() }),
  });
}
