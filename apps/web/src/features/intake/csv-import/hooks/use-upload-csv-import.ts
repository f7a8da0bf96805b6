import { useMutation, useQueryClient } from '@tanstack/react-query';
import { uploadCsvImport } from '../../../../api/csv-import.api';
import { csvImportKeys } from '../csv-import.keys';

export function useUploadCsvImport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, mapping }: { file: File; mapping: string }) => uploadCsvImport(file, mapping),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: csvImportKeys.list() }),
  });
}
