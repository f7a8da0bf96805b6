import type { ImportJob } from '@fullcircle/shared';
import { useQuery } from '@tanstack/react-query';
import { listCsvImports } from '../../../../api/csv-import.api';
import { csvImportKeys } from '../csv-import.keys';

const POLL_MS = 1000;

export const isActive = (job: ImportJob) => job.status === 'queued' || job.status === 'running';

/** The latest imports; polled every second while one is queued or running, so progress moves live. */
export function useCsvImports() {
  return useQuery({
    queryKey: csvImportKeys.list(),
    queryFn: listCsvImports,
    refetchInterval: (query) => (query.state.data?.some(isActive) ? POLL_MS : false),
  });
}
