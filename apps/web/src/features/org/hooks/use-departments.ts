import { useQuery } from '@tanstack/react-query';
import { listDepartments } from '../../../api/org.api';
import { orgKeys } from '../org.keys';

export function useDepartments() {
  return useQuery({ queryKey: orgKeys.departments(), queryFn: listDepartments });
}
