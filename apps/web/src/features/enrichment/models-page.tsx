import { useCallback, useState } from 'react';
import { Alert } from '../../components/alert';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { useModels } from './hooks/use-models';
import { ModelKindCard } from './model-kind-card';

/** Settings → Models: the trained classifiers, their held-out scores and history, and "Retrain now". */
export function ModelsPage() {
  const [watching, setWatching] = useState<Record<string, boolean>>({});
  const models = useModels(Object.values(watching).some(Boolean));
  const watch = useCallback((kind: string) => (on: boolean) => setWatching((all) => (all[kind] === on ? all : { ...all, [kind]: on })), []);

  return (
    <div className="space-y-6">
      <PageHeader
        title="Models"
        description="Classifiers trained on your organisation’s own corrections. A new version replaces the active one only if it scores at least as well on the same held-out items; retraining runs every hour once enough new labels exist."
      />
      {models.isPending && <SkeletonRows label="Loading models" />}
      {models.isError && <Alert tone="error">The models could not be loaded.</Alert>}
      {models.data?.kinds.map((summary) => <ModelKindCard key={summary.kind} summary={summary} onWatch={watch(summary.kind)} />)}
    </div>
  );
}
