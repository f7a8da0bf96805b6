import type { TestWebhookMappingResult } from '@fullcircle/shared';
import { CircleCheck, FlaskConical } from 'lucide-react';
import { errorMessage } from '../../../api/http';
import { Alert } from '../../../components/alert';
import { Button } from '../../../components/button';

const describe = (value: unknown): string => (typeof value === 'string' ? value : JSON.stringify(value));

/** The feedback a mapping makes of the pasted sample, field by field, or what is missing where. */
function MappingResult({ result }: { result: TestWebhookMappingResult }) {
  if (!result.ok) {
    return (
      <Alert title="The mapping does not fit this payload">
        <ul className="mt-1 list-disc space-y-0.5 pl-4">
          {result.issues.map((issue) => (
            <li key={`${issue.field}${issue.message}`}>
              <code className="font-mono text-xs">{issue.field}</code> {issue.message}
            </li>
          ))}
        </ul>
      </Alert>
    );
  }
  const { item } = result;
  const rows: [string, unknown][] = [
    ['Text', item.text],
    ['Subject', item.subject],
    ['Score', item.score && `${item.score.value} (${item.score.scale.toUpperCase()})`],
    ['Posted at', item.receivedAt],
    ['Message id', item.externalMessageId],
    ['Customer', item.customer.handle ? `${item.customer.handle.network}: ${item.customer.handle.handle}` : item.customer.email],
    ['Name', item.customer.name],
    ['Email', item.customer.handle ? item.customer.email : undefined],
    ['Language', item.language],
    ...Object.entries(item.metadata ?? {}).map(([key, value]) => [`metadata.${key}`, value] as [string, unknown]),
  ];
  return (
    <div className="rounded-md bg-emerald-50/60 p-3 ring-1 ring-emerald-200" role="status">
      <p className="mb-2 flex items-center gap-1.5 text-sm font-medium text-emerald-800">
        <CircleCheck aria-hidden className="size-4" />
        This payload becomes:
      </p>
      <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-xs">
        {rows
          .filter(([, value]) => value !== undefined && value !== null && value !== '')
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-zinc-500">{label}</dt>
              <dd className="min-w-0 break-words text-zinc-900">{describe(value)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

export function MappingTestPanel({
  onTest,
  pending,
  result,
  error,
  sampleField,
}: {
  onTest: () => void;
  pending: boolean;
  result: TestWebhookMappingResult | undefined;
  error: unknown;
  sampleField: React.ReactNode;
}) {
  return (
    <section className="space-y-3 rounded-lg bg-zinc-50 p-4 ring-1 ring-zinc-200" aria-label="Test the mapping">
      {sampleField}
      <Button variant="secondary" onClick={onTest} loading={pending}>
        <FlaskConical aria-hidden className="size-4" />
        Test mapping
      </Button>
      {error ? <Alert>{errorMessage(error)}</Alert> : result ? <MappingResult result={result} /> : null}
    </section>
  );
}
