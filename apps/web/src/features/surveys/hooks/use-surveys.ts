import { useQuery } from '@tanstack/react-query';
import { listSurveys } from '../../../api/surveys.api';
import { surveysKeys } from '../surveys.keys';

export function useSurveys() {
  return useQuery({ queryKey: surveysKeys.list(), queryFn: listSurveys });
}
