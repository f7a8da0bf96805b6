import type { ImportJob } from '@fullcircle/shared';
import { Download } from 'lucide-react';
import { csvImportErrorReportUrl } from '../../../api/csv-import.api';
import { errorMessage } from '../../../api/http';
import { buttonClasses } from '../../../components/button';
import { SkeletonRows } from '../../../components/skeleton';
import { useCsvImportErrors } from './hooks/use-csv-import-errors';
import { formatCount } from './import-progress';

/** The rows of one import that were not stored, with the column and reason, and the full report as CSV. */
export function ImportErrorsTable({ job }: { job: ImportJob }) {
  const errors = useCsvImportErrors(job.id, job.failedRows);
  return (
    <div className="border-t border-zinc-100 bg-zinc-50/60 px-5 py-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 className="text-sm font-medium text-zinc-900">
          Rows not imported{errors.data ? ` (${formatCount(errors.data.total)})` : ''}
        </h3>
        <a href={csvImportErrorReportUrl(job.id)} download className={buttonClasses('secondary', 'sm')}>
          <Download aria-hidden className="size-4" />
          Download error report (CSV)
        </a>
      </div>
      {errors.isPending ? (
        <SkeletonRows rows={3} label="Loading the errors" />
      ) : errors.isError ? (
        <p className="mt-2 text-sm text-red-600">{errorMessage(errors.error)}</p>
      ) : (
        <div className="mt-3 max-h-80 overflow-auto rounded-md bg-white ring-1 ring-zinc-200">
          <table className="w-full text-left text-sm" aria-label={`Rows of ${job.fileName} not imported`}>
            <thead className="sticky top-0 bg-white text-xs text-zinc-500 shadow-[0_1px_0_0_theme(colors.zinc.200)]">
              <tr>
                <th scope="col" className="px-3 py-2 font-medium">
                  Row
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Column
                </th>
                <th scope="col" className="px-3 py-2 font-medium">
                  Problem
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-zinc-100">
              {errors.data.errors.map((e) => (
                <tr key={`${e.rowNumber}-${e.field}`}>
                  <td className="px-3 py-2 font-mono text-xs text-zinc-700 tabular-nums">{e.rowNumber}</td>
                  <td className="px-3 py-2 font-mono text-xs text-zinc-700">{e.field ?? '—'}</td>
                  <td className="px-3 py-2 text-zinc-700">{e.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {errors.data.total > errors.data.errors.length && (
            <p className="border-t border-zinc-100 px-3 py-2 text-xs text-zinc-500">
              Showing the first {formatCount(errors.data.errors.length)}; the download has all {formatCount(errors.data.total)}.
            </p>
          )}
        </div>
      )}
    </div>
  );
}
