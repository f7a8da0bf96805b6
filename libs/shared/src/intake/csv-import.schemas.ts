import { z } from 'zod';

/** Channel 8, CSV import: a file read row by row through a named mapping (column → feedback field). */

export const IMPORT_JOB_STATUSES = ['queued', 'running', 'completed', 'failed'] as const;
export const importJobStatusSchema = z.enum(IMPORT_JOB_STATUSES);
export type ImportJobStatus = z.infer<typeof importJobStatusSchema>;

/** Where the file came in: uploaded in Settings (run by the worker) or `npm run import` (run in the CLI). */
export const importJobOriginSchema = z.enum(['upload', 'cli']);
export type ImportJobOrigin = z.infer<typeof importJobOriginSchema>;

/** A mapping's name: also namespaces its rows' message ids and the feedback source (`csv:<name>`). */
export const csvMappingNameSchema = z.string().regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'must be a mapping name like airline-tweets');

/** GET /api/intake/csv-imports/mappings: the built-in mappings and the columns each reads. */
export const csvMappingSchema = z.object({
  name: z.string(),
  label: z.string(),
  description: z.string(),
  /** Header columns the file must have. */
  requiredColumns: z.array(z.string()),
  /** Header columns read when present. */
  optionalColumns: z.array(z.string()),
  /** One line per field: "text ← text", "score ← score (scale from score_scale)". */
  fields: z.array(z.object({ field: z.string(), source: z.string() })),
});
export type CsvMapping = z.infer<typeof csvMappingSchema>;
export const csvMappingListSchema = z.object({ mappings: z.array(csvMappingSchema) });
export type CsvMappingList = z.infer<typeof csvMappingListSchema>;

/** POST /api/intake/csv-imports?mapping=…&fileName=… with the file as the raw `text/csv` body. */
export const csvImportUploadQuerySchema = z.strictObject({
  mapping: csvMappingNameSchema,
  fileName: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(255)
    // no folders and no control characters (it is shown, and sent back in Content-Disposition)
    .refine((name) => ![...name].some((ch) => ch.charCodeAt(0) < 0x20 || ch === '/' || ch === '\\'), 'must be a plain file name'),
});
export type CsvImportUploadQuery = z.infer<typeof csvImportUploadQuerySchema>;

export const importJobSchema = z.object({
  id: z.uuid(),
  fileName: z.string(),
  mapping: z.string(),
  origin: importJobOriginSchema,
  status: importJobStatusSchema,
  sizeBytes: z.number().int(),
  /** Data rows in the file (the header not counted). */
  totalRows: z.number().int(),
  processedRows: z.number().int(),
  acceptedRows: z.number().int(),
  /** Rows whose message id was imported before (by this or an earlier file): nothing new stored. */
  duplicateRows: z.number().int(),
  failedRows: z.number().int(),
  createdBy: z.object({ id: z.uuid(), name: z.string() }).nullable(),
  createdAt: z.string(),
  startedAt: z.string().nullable(),
  finishedAt: z.string().nullable(),
  /** Why a failed job stopped (the file could not be read); row problems are in the error report. */
  error: z.string().nullable(),
});
export type ImportJob = z.infer<typeof importJobSchema>;
export const importJobListSchema = z.object({ imports: z.array(importJobSchema) });
export type ImportJobList = z.infer<typeof importJobListSchema>;

/** One row that was not imported: its row number as a spreadsheet shows it (the header is row 1). */
export const importRowErrorSchema = z.object({
  rowNumber: z.number().int(),
  /** The CSV column at fault, or null when the row as a whole failed. */
  field: z.string().nullable(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;
export const importRowErrorListSchema = z.object({
  errors: z.array(importRowErrorSchema),
  /** All errors of the job; `errors` holds at most the first `limit`. */
  total: z.number().int(),
});
export type ImportRowErrorList = z.infer<typeof importRowErrorListSchema>;
