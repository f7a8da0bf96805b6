import type { CsvMapping, CsvMappingList, ImportJob, ImportJobList, ImportRowErrorList } from '@fullcircle/shared';
import { ApiRequestError, buildUrl, request } from './http';

const BASE = '/api/intake/csv-imports';

export async function listCsvMappings(): Promise<CsvMapping[]> {
  return (await request<CsvMappingList>(`${BASE}/mappings`)).mappings;
}

export async function listCsvImports(): Promise<ImportJob[]> {
  return (await request<ImportJobList>(BASE)).imports;
}

export function getCsvImport(id: string): Promise<ImportJob> {
  return request<ImportJob>(`${BASE}/${encodeURIComponent(id)}`);
}

export function listCsvImportErrors(id: string, limit = 200): Promise<ImportRowErrorList> {
  return request<ImportRowErrorList>(`${BASE}/${encodeURIComponent(id)}/errors`, { query: { limit: String(limit) } });
}

/** Where the browser downloads a job's error report (a plain link: the session cookie goes with it). */
export function csvImportErrorReportUrl(id: string): string {
  return `${BASE}/${encodeURIComponent(id)}/errors.csv`;
}

/**
 * The file goes as the raw body (text/csv), not JSON, so `request()` (JSON only) does not fit;
 * answers and errors are read the same way it reads them.
 */
export async function uploadCsvImport(file: File, mapping: string): Promise<ImportJob> {
  let response: Response;
  try {
    response = await fetch(buildUrl(BASE, { mapping, fileName: file.name }), {
      method: 'POST',
      headers: { Accept: 'application/json', 'Content-Type': 'text/csv' },
      body: file,
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiRequestError(0, { statusCode: 0, error: 'Error', message: 'Cannot reach the server. Check your connection and try again.' });
  }
  const data = await response.json().catch(() => undefined);
  if (!response.ok) {
    const message =
      response.status === 413
        ? 'The file is too large to upload here; import it with npm run import instead.'
        : (data?.message as string | undefined) ?? 'Something went wrong. Please try again.';
    throw new ApiRequestError(response.status, { statusCode: response.status, error: data?.error ?? 'Error', message, issues: data?.issues });
  }
  return data as ImportJob;
}
