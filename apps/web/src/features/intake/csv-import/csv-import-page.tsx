import { Link } from '@tanstack/react-router';
import { ArrowLeft, FileSpreadsheet } from 'lucide-react';
import { errorMessage } from '../../../api/http';
import { useDocumentTitle } from '../../../app/use-document-title';
import { Alert } from '../../../components/alert';
import { Card, CardHeader } from '../../../components/card';
import { cn, focusRing } from '../../../components/cn';
import { CodeBlock } from '../../../components/code-block';
import { EmptyState } from '../../../components/empty-state';
import { PageHeader } from '../../../components/page-header';
import { SkeletonRows } from '../../../components/skeleton';
import { useCsvImports } from './hooks/use-csv-imports';
import { useCsvMappings } from './hooks/use-csv-mappings';
import { ImportsList } from './imports-list';
import { UploadCsvCard } from './upload-csv-card';

/** Settings → Channels → CSV import: upload a file, follow its progress, read what did not import. */
export function CsvImportPage() {
  useDocumentTitle('CSV import', 'Channels', 'Settings');
  const mappings = useCsvMappings();
  const imports = useCsvImports();

  return (
    <div className="space-y-6">
      <Link to="/settings/channels" className={cn('inline-flex items-center gap-1 rounded text-sm font-medium text-zinc-600 hover:text-zinc-900', focusRing)}>
        <ArrowLeft aria-hidden className="size-4" />
        Channels
      </Link>
      <PageHeader
        eyebrow="Settings · Channels"
        title="CSV import"
        description="Bring in feedback collected elsewhere: survey exports, spreadsheets, social media archives. Each row becomes feedback from its customer; a row imported before is never stored twice, and rows that cannot be read are listed, never lost silently."
      />

      {mappings.isError && (
        <Alert title="Could not load the mappings">
          {errorMessage(mappings.error)}{' '}
          <button type="button" className="font-medium underline" onClick={() => mappings.refetch()}>
            Try again
          </button>
        </Alert>
      )}
      {mappings.isPending ? (
        <Card>
          <SkeletonRows rows={3} label="Loading the mappings" />
        </Card>
      ) : (
        mappings.data && <UploadCsvCard mappings={mappings.data} />
      )}

      <Card>
        <section aria-labelledby="csv-imports">
          <CardHeader title={<span id="csv-imports">Imports</span>} description="The latest 50, newest first. Progress updates while a file is imported." />
          {imports.isPending ? (
            <SkeletonRows rows={3} label="Loading imports" />
          ) : imports.isError ? (
            <div className="px-5 py-4">
              <Alert title="Could not load imports">{errorMessage(imports.error)}</Alert>
            </div>
          ) : imports.data.length === 0 ? (
            <EmptyState icon={FileSpreadsheet} title="No imports yet">
              Upload a file above, or import one from the command line.
            </EmptyState>
          ) : (
            <ImportsList jobs={imports.data} />
          )}
        </section>
      </Card>

      <Card>
        <CardHeader
          title="From the command line"
          description="For large files and scripts: the same import, with a progress bar in the terminal and the error report written next to you."
        />
        <div className="px-5 py-4">
          <CodeBlock label="Import a file" code="npm run import -- path/to/file.csv --mapping generic" />
        </div>
      </Card>
    </div>
  );
}
