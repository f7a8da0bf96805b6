import type { ImportJob } from '@fullcircle/shared';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useState } from 'react';
import { Badge } from '../../../components/badge';
import { cn, focusRing } from '../../../components/cn';
import { formatLastLogin as formatRelative } from '../../org/users/format-last-login';
import { ImportErrorsTable } from './import-errors-table';
import { STATUS_LABEL, formatBytes, formatCount, formatDuration, percentDone, statusTone } from './import-progress';

function ProgressBar({ job }: { job: ImportJob }) {
  const percent = percentDone(job);
  const active = job.status === 'queued' || job.status === 'running';
  return (
    <div
      role="progressbar"
      aria-label={`Progress of ${job.fileName}`}
      aria-valuemin={0}
      aria-valuemax={job.totalRows}
      aria-valuenow={job.processedRows}
      aria-valuetext={`${formatCount(job.processedRows)} of ${formatCount(job.totalRows)} rows`}
      className="h-2 w-full overflow-hidden rounded-full bg-zinc-100"
    >
      <div
        className={cn('h-full rounded-full transition-[width] duration-500', job.status === 'failed' ? 'bg-red-500' : active ? 'bg-indigo-500' : 'bg-emerald-500')}
        style={{ width: `${percent}%` }}
      />
    </div>
  );
}

function Count({ label, value, tone }: { label: string; value: number; tone?: 'danger' }) {
  return (
    <div>
      <dt className="text-xs text-zinc-500">{label}</dt>
      <dd className={cn('text-sm font-medium tabular-nums', tone === 'danger' && value > 0 ? 'text-red-700' : 'text-zinc-900')}>{formatCount(value)}</dd>
    </div>
  );
}

function ImportRow({ job }: { job: ImportJob }) {
  const [open, setOpen] = useState(false);
  const duration = formatDuration(job);
  const by = job.origin === 'cli' ? 'npm run import' : job.createdBy?.name ?? 'a former user';
  return (
    <li aria-label={`Import of ${job.fileName}`}>
      <div className="grid gap-4 px-5 py-4 lg:grid-cols-[minmax(0,1.3fr)_minmax(0,1fr)_auto] lg:items-center">
        <div className="min-w-0">
          <div className="flex items-center gap-2">
            <p className="truncate text-sm font-medium text-zinc-900">{job.fileName}</p>
            <Badge tone={statusTone(job)}>{STATUS_LABEL[job.status]}</Badge>
          </div>
          <p className="mt-0.5 text-xs text-zinc-500">
            {job.mapping} · {formatBytes(job.sizeBytes)} · by {by} ·{' '}
            <time dateTime={job.createdAt} title={new Date(job.createdAt).toLocaleString()}>
              {formatRelative(job.createdAt)}
            </time>
            {duration && ` · took ${duration}`}
          </p>
          {job.error && <p className="mt-1 text-xs text-red-700">{job.error}</p>}
        </div>
        <div>
          <ProgressBar job={job} />
          <p className="mt-1 text-xs text-zinc-500 tabular-nums">
            {formatCount(job.processedRows)} of {formatCount(job.totalRows)} rows · {percentDone(job)}%
          </p>
        </div>
        <div className="flex items-center gap-5">
          <dl className="flex gap-5">
            <Count label="Accepted" value={job.acceptedRows} />
            <Count label="Duplicates" value={job.duplicateRows} />
            <Count label="Failed" value={job.failedRows} tone="danger" />
          </dl>
          {job.failedRows > 0 ? (
            <button
              type="button"
              onClick={() => setOpen(!open)}
              aria-expanded={open}
              className={cn('inline-flex items-center gap-1 rounded text-sm font-medium text-indigo-700 hover:text-indigo-900', focusRing)}
            >
              {open ? <ChevronDown aria-hidden className="size-4" /> : <ChevronRight aria-hidden className="size-4" />}
              Errors
            </button>
          ) : (
            <span className="w-[4.25rem]" aria-hidden />
          )}
        </div>
      </div>
      {open && <ImportErrorsTable job={job} />}
    </li>
  );
}

export function ImportsList({ jobs }: { jobs: ImportJob[] }) {
  return (
    <ul className="divide-y divide-zinc-100" aria-label="Imports">
      {jobs.map((job) => (
        <ImportRow key={job.id} job={job} />
      ))}
    </ul>
  );
}
