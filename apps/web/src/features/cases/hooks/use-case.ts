import { useQuery } from '@tanstack/react-query';
import { getCase } from '../../../api/cases.api';
import { casesKeys } from '../cases.keys';

export function useCase(id: string, options: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: casesKeys.detail(id), queryFn: () => getCase(id), enabled: options.enabled ?? true });
}
