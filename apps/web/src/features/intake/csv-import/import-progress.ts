import type { ImportJob } from '@fullcircle/shared';
import type { BadgeTone } from '../../../components/badge';

/** Whole percent of rows processed (0 for a job with no rows). */
export function percentDone(job: Pick<ImportJob, 'processedRows' | 'totalRows'>): number {
  if (job.totalRows <= 0) return 0;
  return Math.min(100, Math.floor((job.processedRows / job.totalRows) * 100));
}

export const STATUS_LABEL: Record<ImportJob['status'], string> = {
  queued: 'Queued',
  running: 'Importing',
  completed: 'Completed',
  failed: 'Failed',
};

export function statusTone(job: ImportJob): BadgeTone {
  if (job.status === 'failed') return 'danger';
  if (job.status === 'completed') return job.failedRows > 0 ? 'warning' : 'success';
  return 'accent';
}

export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} kB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "42 s" / "3 min 5 s": how long a finished job took. */
export function formatDuration(job: Pick<ImportJob, 'startedAt' | 'finishedAt'>): string | null {
  if (!job.startedAt || !job.finishedAt) return null;
  const seconds = Math.max(0, Math.round((Date.parse(job.finishedAt) - Date.parse(job.startedAt)) / 1000));
  return seconds < 60 ? `${seconds} s` : `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}
