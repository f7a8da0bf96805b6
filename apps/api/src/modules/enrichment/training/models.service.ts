import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ClassifierModelDto, ModelKindSummary, ModelsOverview, RetrainAccepted, TrainableModelKind } from '@fullcircle/shared';
import { TRAINABLE_MODEL_KINDS } from '@fullcircle/shared';
import type { DataSource } from 'typeorm';
import { OutboxService } from '../../../queue/outbox/outbox.service';
import { ClassifierModel } from '../entities/classifier-model.entity';
import type { StoredEvaluation } from './model-training.service';
import { LABEL_KIND_FOR, MIN_NEW_LABELS, MIN_TRAINING_EXAMPLES } from './training-policy';

/** How many versions of a kind the models page lists. */
const HISTORY_LIMIT = 20;

@Injectable()
export class ModelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outbox: OutboxService,
  ) {}

  async overview(): Promise<ModelsOverview> {
    const departments: { id: string; name: string }[] = await this.dataSource.query('SELECT id, name FROM department');
    const names = new Map(departments.map((d) => [d.id, d.name]));
    const kinds = await Promise.all(TRAINABLE_MODEL_KINDS.map((kind) => this.summary(kind, names)));
    return { kinds };
  }

  /** Queues a forced retrain of one kind (the worker runs it); answered with 202. */
  async requestRetrain(kind: TrainableModelKind): Promise<RetrainAccepted> {
    await this.dataSource.transaction((manager) => this.outbox.enqueue(manager, 'training', 'retrain', { kinds: [kind], force: true }));
    return { kind, status: 'queued' };
  }

  private async summary(kind: TrainableModelKind, departmentNames: Map<string, string>): Promise<ModelKindSummary> {
    const models = await this.dataSource.getRepository(ClassifierModel).find({
      where: { kind },
      order: { version: 'DESC' },
      take: HISTORY_LIMIT,
      select: {
        id: true,
        kind: true,
        version: true,
        status: true,
        algorithm: true,
        trainingSize: true,
        holdoutSize: true,
        holdoutAccuracy: true,
        evaluation: true,
        trainedAt: true,
        promotedAt: true,
      },
    });
    const [counts]: { items: string; labels: string }[] = await this.dataSource.query(
      'SELECT count(DISTINCT feedback_id) AS items, count(*) AS labels FROM feedback_label WHERE kind = $1',
      [LABEL_KIND_FOR[kind]],
    );
    const rename = (label: string) => (kind === 'department' ? (departmentNames.get(label) ?? 'Removed department') : label);
    const history = models.map((model) => toDto(model, rename));
    const latest = models[0];
    const latestCount = latest ? Number((latest.evaluation as Partial<StoredEvaluation>).labelCount ?? 0) : 0;
    return {
      kind,
      active: history.find((model) => model.status === 'active') ?? null,
      history,
      labelledItems: Number(counts.items),
      newLabels: Math.max(0, Number(counts.labels) - latestCount),
      minimumExamples: MIN_TRAINING_EXAMPLES,
      minimumNewLabels: MIN_NEW_LABELS,
    };
  }
}

function toDto(model: ClassifierModel, rename: (label: string) => string): ClassifierModelDto {
  const evaluation = model.evaluation as Partial<StoredEvaluation>;
  const perLabel = Object.fromEntries(Object.entries(evaluation.perLabel ?? {}).map(([label, scores]) => [rename(label), scores]));
  return {
    id: model.id,
    kind: model.kind,
    version: model.version,
    status: model.status,
    algorithm: model.algorithm,
    trainingSize: model.trainingSize,
    holdoutSize: model.holdoutSize,
    holdoutAccuracy: model.holdoutAccuracy,
    previousAccuracy: evaluation.previous?.accuracy ?? null,
    macroF1: evaluation.macroF1 ?? null,
    perLabel,
    confusion: evaluation.confusion ? { labels: evaluation.confusion.labels.map(rename), matrix: evaluation.confusion.matrix } : null,
    trainedAt: model.trainedAt.toISOString(),
    promotedAt: model.promotedAt?.toISOString() ?? null,
  };
}
