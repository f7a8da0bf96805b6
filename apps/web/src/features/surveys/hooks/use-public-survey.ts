import type { AnswerSurveyRequest, PublicSurvey } from '@fullcircle/shared';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { answerSurvey, getPublicSurvey } from '../../../api/surveys.api';
import { surveysKeys } from '../surveys.keys';

/** A bad, expired or unknown link does not get better by retrying. */
export function usePublicSurvey(token: string) {
  return useQuery({ queryKey: surveysKeys.response(token), queryFn: () => getPublicSurvey(token), retry: false, refetchOnWindowFocus: false });
}

export function useAnswerSurvey(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: AnswerSurveyRequest) => answerSurvey(token, body),
    onSuccess: (answer) =>
      queryClient.setQueryData(surveysKeys.response(token), (survey: PublicSurvey | undefined) =>
        survey ? { ...survey, answer } : survey,
      ),
  });
}
