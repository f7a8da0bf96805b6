import { useQuery } from '@tanstack/react-query';
import { listForms } from '../../../../api/forms.api';
import { formsKeys } from '../forms.keys';

export function useForms() {
  return useQuery({ queryKey: formsKeys.list(), queryFn: listForms });
}
