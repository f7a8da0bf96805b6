import { useQuery } from '@tanstack/react-query';
import { listCsvMappings } from '../../../../api/csv-import.api';
import { csvImportKeys } from '../csv-import.keys';

export function useCsvMappings() {
  return useQuery({ queryKey: csvImportKeys.mappings(), queryFn: listCsvMappings, staleTime: Infinity });
}
