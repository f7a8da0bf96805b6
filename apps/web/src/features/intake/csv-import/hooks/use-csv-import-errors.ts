import { useQuery } from '@tanstack/react-query';
import { listCsvImportErrors } from '../../../../api/csv-import.api';
import { csvImportKeys } from '../csv-import.keys';

/** A job's row errors; `failedRows` is in the key's data dependency so new errors show while it runs. */
export function useCsvImportErrors(id: string, failedRows: number) {
  return useQuery({
    queryKey: [...csvImportKeys.errors(id), failedRows],
    queryFn: () => listCsvImportErrors(id),
    placeholderData: (previous) => previous,
  });
}
