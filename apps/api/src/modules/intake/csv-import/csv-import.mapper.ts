import type { ImportJob as ImportJobDto } from '@fullcircle/shared';
import type { ImportJob } from './entities/import-job.entity';

export function toImportJobDto(job: ImportJob): ImportJobDto {
  return {
    id: job.id,
    fileName: job.fileName,
    mapping: job.mapping,
    origin: job.origin,
    status: job.status,
    sizeBytes: job.sizeBytes,
    totalRows: job.totalRows,
    processedRows: job.processedRows,
    acceptedRows: job.acceptedRows,
    duplicateRows: job.duplicateRows,
    failedRows: job.failedRows,
    createdBy: job.createdBy ? { id: job.createdBy.id, name: job.createdBy.name } : null,
    createdAt: job.createdAt.toISOString(),
    startedAt: job.startedAt?.toISOString() ?? null,
    finishedAt: job.finishedAt?.toISOString() ?? null,
    error: job.error,
  };
}
