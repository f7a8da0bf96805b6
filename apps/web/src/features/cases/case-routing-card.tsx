import type { CaseDetailDto, Department } from '@fullcircle/shared';
import { Card, CardHeader } from '../../components/card';
import { SentimentChip } from '../customers/sentiment-chip';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { RoutedByChip } from './case-chips';
import { percent } from './case-labels';
import { ConfidenceMeter } from './confidence-meter';

const dt = 'text-xs font-medium text-zinc-500';

function departmentName(id: string, c: CaseDetailDto, departments: Department[] | undefined): string {
  if (c.department?.id === id) return c.department.name;
  if (!departments) return '…';
  return departments.find((d) => d.id === id)?.name ?? 'a department that no longer exists';
}

/** P3's context card: why the case sits where it does, in a few lines, and what matters about it now. */
export function CaseRoutingCard({ c, departments }: { c: CaseDetailDto; departments: Department[] | undefined }) {
  const { routing } = c;
  const model = routing.model;
  const guess = model?.departmentId ? departmentName(model.departmentId, c, departments) : null;
  return (
    <Card>
      <CardHeader title="Why it’s here" actions={<RoutedByChip by={routing.by} />} />
      <section aria-label="Why it’s here" className="space-y-4 px-5 py-4 text-sm">
        <p className="text-zinc-800">{routing.explanation}</p>
        <dl className="space-y-3">
          {routing.rule && (
            <div>
              <dt className={dt}>Rule</dt>
              <dd className="mt-0.5 font-medium text-zinc-900">{routing.rule.name}</dd>
              {routing.rule.matched.length > 0 && (
                <dd>
                  <ul aria-label="Matched conditions" className="mt-1.5 flex flex-wrap gap-1.5">
                    {routing.rule.matched.map((m) => (
                      <li key={m} className="rounded-md bg-indigo-50 px-2 py-0.5 text-xs text-indigo-800 ring-1 ring-indigo-100 ring-inset">
                        {m}
                      </li>
                    ))}
                  </ul>
                </dd>
              )}
            </div>
          )}
          {model && (
            <div>
              <dt className={dt}>{routing.by === 'model' ? 'Department model' : 'Department model’s best guess'}</dt>
              <dd className="mt-0.5 text-zinc-900">
                {guess ? <span className="font-medium">{guess}</span> : 'No department'}{' '}
                <span className="text-zinc-600">
                  — {percent(model.confidence)} sure; routes by itself from {percent(model.threshold)}
                </span>
              </dd>
              <dd className="mt-2">
                <ConfidenceMeter confidence={model.confidence} threshold={model.threshold} />
              </dd>
            </div>
          )}
          {(c.sentiment || c.urgency || c.topics.length > 0 || c.tags.length > 0) && (
            <div>
              <dt className={dt}>Signals</dt>
              <dd className="mt-1 flex flex-wrap items-center gap-1.5">
                {c.sentiment && <SentimentChip sentiment={c.sentiment} />}
                {c.urgency && c.urgency !== 'normal' && (
                  <span className="rounded-full bg-amber-50 px-2 py-0.5 text-[11px] font-medium text-amber-800 ring-1 ring-amber-200 ring-inset">{c.urgency} urgency</span>
                )}
                {c.topics.map((t) => (
                  <span key={t} className="rounded-full bg-zinc-100 px-2 py-0.5 text-[11px] font-medium text-zinc-600">
                    {t.replaceAll('_', ' ')}
                  </span>
                ))}
                {c.tags.map((t) => (
                  <span key={t} className="rounded-full bg-white px-2 py-0.5 text-[11px] font-medium text-zinc-600 ring-1 ring-zinc-200 ring-inset">
                    #{t}
                  </span>
                ))}
              </dd>
            </div>
          )}
        </dl>
        <p className="text-xs text-zinc-500">
          Decided{' '}
          <time dateTime={routing.decidedAt} title={new Date(routing.decidedAt).toLocaleString()}>
            {formatRelative(routing.decidedAt)}
          </time>
        </p>
      </section>
    </Card>
  );
}
