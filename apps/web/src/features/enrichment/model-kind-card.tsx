import type { ClassifierModelDto, ModelKindSummary } from '@fullcircle/shared';
import { RefreshCw } from 'lucide-react';
import { useEffect, useState } from 'react';
import { Badge, type BadgeTone } from '../../components/badge';
import { Button } from '../../components/button';
import { Card, CardHeader } from '../../components/card';
import { ConfusionMatrix } from './confusion-matrix';
import { useRetrainModel } from './hooks/use-models';

const TITLES: Record<ModelKindSummary['kind'], { title: string; description: string }> = {
  sentiment: { title: 'Sentiment', description: 'Learns from staff corrections of an item’s sentiment.' },
  department: { title: 'Department', description: 'Learns from confirmed and corrected departments.' },
};

const STATUS_TONE: Record<ClassifierModelDto['status'], BadgeTone> = { active: 'success', candidate: 'accent', retired: 'neutral', rejected: 'danger' };

const percent = (value: number) => `${Math.round(value * 1000) / 10}%`;
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** What happened to the newest version after "Retrain now", in words. */
function resultOf(model: ClassifierModelDto): string {
  const compared = model.previousAccuracy === null ? '' : ` (active model: ${percent(model.previousAccuracy)})`;
  return model.status === 'rejected'
    ? `Version ${model.version} scored ${percent(model.holdoutAccuracy)}${compared} and was not promoted.`
    : `Version ${model.version} scored ${percent(model.holdoutAccuracy)}${compared} and is now active.`;
}

export function ModelKindCard({ summary, onWatch }: { summary: ModelKindSummary; onWatch: (watching: boolean) => void }) {
  const { title, description } = TITLES[summary.kind];
  const retrain = useRetrainModel();
  const newest = summary.history[0]?.version ?? 0;
  const [waitingAbove, setWaitingAbove] = useState<number | null>(null);
  const finished = waitingAbove !== null && newest > waitingAbove;
  const enough = summary.labelledItems >= summary.minimumExamples;

  useEffect(() => {
    onWatch(waitingAbove !== null && !finished);
  }, [waitingAbove, finished, onWatch]);

  const active = summary.active;
  return (
    <Card>
      <CardHeader
        title={`${title} model`}
        description={description}
        actions={
          <Button
            variant="secondary"
            size="sm"
            disabled={!enough}
            loading={retrain.isPending || (waitingAbove !== null && !finished)}
            onClick={() => {
              setWaitingAbove(newest);
              retrain.mutate(summary.kind, { onError: () => setWaitingAbove(null) });
            }}
          >
            <RefreshCw aria-hidden className="size-4" />
            Retrain now
          </Button>
        }
      />
      <div className="space-y-5 px-5 py-4">
        <div role="status" aria-live="polite" className="text-sm">
          {waitingAbove !== null && !finished && <p className="text-zinc-600">Training in the background…</p>}
          {finished && summary.history[0] && <p className="text-zinc-800">{resultOf(summary.history[0])}</p>}
          {retrain.isError && <p className="text-red-700">Could not start training. Try again.</p>}
          {!enough && (
            <p className="text-zinc-500">
              Needs at least {summary.minimumExamples} labelled items to train; has {summary.labelledItems}.
            </p>
          )}
        </div>

        <dl className="grid grid-cols-2 gap-4 sm:grid-cols-4">
          <div>
            <dt className="text-xs text-zinc-500">Held-out accuracy</dt>
            <dd className="text-3xl font-semibold tracking-tight text-zinc-900 tabular-nums">{active ? percent(active.holdoutAccuracy) : '—'}</dd>
          </div>
          <div>
            <dt className="text-xs text-zinc-500">Active version</dt>
            <dd className="mt-1 text-lg font-medium text-zinc-900">{active ? `v${active.version}` : 'Rules and lexicon'}</dd>
          </div>
          <div>
            <dt className="text-xs text-zinc-500">Training size</dt>
            <dd className="mt-1 text-lg font-medium text-zinc-900 tabular-nums">
              {active ? `${active.trainingSize} items` : '—'}
              {active && <span className="ml-1 text-xs font-normal text-zinc-500">+ {active.holdoutSize} held out</span>}
            </dd>
          </div>
          <div>
            <dt className="text-xs text-zinc-500">Labels</dt>
            <dd className="mt-1 text-lg font-medium text-zinc-900 tabular-nums">
              {summary.labelledItems}
              <span className="ml-1 text-xs font-normal text-zinc-500">{summary.newLabels} new since last training</span>
            </dd>
          </div>
        </dl>

        {active?.confusion && (
          <ConfusionMatrix labels={active.confusion.labels} matrix={active.confusion.matrix} caption={`Confusion on the held-out slice (v${active.version})`} />
        )}

        {summary.history.length > 0 && (
          <div>
            <h3 className="mb-2 text-xs font-medium tracking-wide text-zinc-500 uppercase">History</h3>
            <ul aria-label={`${title} model versions`} className="divide-y divide-zinc-100 rounded-md ring-1 ring-zinc-200">
              {summary.history.map((model) => (
                <li key={model.id} className="flex flex-wrap items-center gap-3 px-3 py-2 text-sm">
                  <span className="w-10 font-medium text-zinc-900">v{model.version}</span>
                  <Badge tone={STATUS_TONE[model.status]}>{model.status}</Badge>
                  <span className="text-zinc-700 tabular-nums">{percent(model.holdoutAccuracy)}</span>
                  {model.previousAccuracy !== null && <span className="text-xs text-zinc-500">vs {percent(model.previousAccuracy)} active</span>}
                  <span className="ml-auto text-xs text-zinc-500">
                    {model.trainingSize} items · {when(model.trainedAt)}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </Card>
  );
}
