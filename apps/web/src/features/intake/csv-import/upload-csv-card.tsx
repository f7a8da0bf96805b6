import type { CsvMapping } from '@fullcircle/shared';
import { FileUp, Upload } from 'lucide-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { ApiRequestError, errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';
import { Card, CardHeader } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { SelectField } from '../../../components/select-field';
import { useToast } from '../../../components/toast';
import { useUploadCsvImport } from './hooks/use-upload-csv-import';
import { formatBytes } from './import-progress';

function Code({ children }: { children: string }) {
  return <code className="rounded bg-zinc-100 px-1 py-0.5 font-mono text-xs text-zinc-800">{children}</code>;
}

/** Pick a file and a mapping; the file is stored and the worker imports it. */
export function UploadCsvCard({ mappings }: { mappings: CsvMapping[] }) {
  const fileId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [mappingName, setMappingName] = useState(mappings[0]?.name ?? '');
  const [fileError, setFileError] = useState<string | null>(null);
  const upload = useUploadCsvImport();
  const toast = useToast();
  const mapping = mappings.find((m) => m.name === mappingName);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!file) return setFileError('Choose a CSV file first.');
    setFileError(null);
    upload.mutate(
      { file, mapping: mappingName },
      {
        onSuccess: (job) => {
          toast({ title: 'Import started', description: `${job.fileName}: ${job.totalRows.toLocaleString('en-US')} rows queued.` });
          setFile(null);
          if (input.current) input.current.value = '';
        },
      },
    );
  };
  const issue = upload.error instanceof ApiRequestError ? upload.error.issues[0] : undefined;

  return (
    <Card>
      <CardHeader title="Upload a file" description="The file is kept until it has been imported, so an import survives a restart." />
      <form onSubmit={submit} className="space-y-4 px-5 py-4" aria-label="CSV upload">
        <div className="grid gap-4 md:grid-cols-2">
          <div>
            <label htmlFor={fileId} className="block text-sm font-medium text-zinc-900">
              CSV file
            </label>
            <label
              htmlFor={fileId}
              className={cn(
                'mt-1.5 flex cursor-pointer items-center gap-3 rounded-md border border-dashed border-zinc-300 bg-zinc-50 px-3 py-2.5 text-sm hover:border-indigo-400 hover:bg-indigo-50/40',
                fileError && 'border-red-400',
              )}
            >
              <FileUp aria-hidden className="size-5 shrink-0 text-zinc-500" />
              <span className="min-w-0 truncate text-zinc-700">
                {file ? (
                  <>
                    <span className="font-medium text-zinc-900">{file.name}</span> <span className="text-zinc-500">({formatBytes(file.size)})</span>
                  </>
                ) : (
                  'Choose a .csv file…'
                )}
              </span>
            </label>
            <input
              ref={input}
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              className={cn('sr-only', focusRing)}
              aria-invalid={fileError ? true : undefined}
              onChange={(e) => {
                setFile(e.target.files?.[0] ?? null);
                setFileError(null);
                upload.reset();
              }}
            />
            {fileError && <p className="mt-1.5 text-sm text-red-600">{fileError}</p>}
          </div>
          <SelectField
            label="Mapping"
            value={mappingName}
            onChange={(e) => setMappingName(e.target.value)}
            options={mappings.map((m) => ({ value: m.name, label: m.label }))}
            hint={mapping?.description}
          />
        </div>

        {mapping && (
          <div className="rounded-md bg-zinc-50 px-4 py-3 text-sm ring-1 ring-zinc-200 ring-inset">
            <p className="text-zinc-700">
              Needs the columns{' '}
              {mapping.requiredColumns.map((c, i) => (
                <span key={c}>
                  {i > 0 && ', '}
                  <Code>{c}</Code>
                </span>
              ))}
              {mapping.optionalColumns.length > 0 && (
                <>
                  {'; reads '}
                  {mapping.optionalColumns.map((c, i) => (
                    <span key={c}>
                      {i > 0 && ', '}
                      <Code>{c}</Code>
                    </span>
                  ))}{' '}
                  when present
                </>
              )}
              .
            </p>
            <dl className="mt-2 grid gap-x-6 gap-y-1 text-xs text-zinc-600 sm:grid-cols-2">
              {mapping.fields.map((f) => (
                <div key={f.field} className="flex gap-2">
                  <dt className="w-32 shrink-0 text-zinc-500">{f.field}</dt>
                  <dd className="font-mono text-zinc-800">{f.source}</dd>
                </div>
              ))}
            </dl>
          </div>
        )}

        {upload.isError && (
          <Alert title="The file was not imported">
            {issue ? `${issue.field === 'file' ? 'The file' : issue.field} ${issue.message}` : errorMessage(upload.error)}
          </Alert>
        )}

        <div className="flex justify-end">
          <Button type="submit" loading={upload.isPending}>
            <Upload aria-hidden className="size-4" />
            Upload and import
          </Button>
        </div>
      </form>
    </Card>
  );
}
