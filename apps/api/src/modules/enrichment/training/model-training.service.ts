import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ThresholdCurvePoint, TrainableModelKind } from '@fullcircle/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { LabelledExample, SerializedClassifier } from '../classification/classifier-types';
import { type Evaluation, evaluate, holdOutSplit, shouldPromote } from '../classification/evaluation';
import { loadClassifier, train } from '../classification/text-classifier';
import { ClassifierModel } from '../entities/classifier-model.entity';
import {
  HOLDOUT_FRACTION,
  LABEL_KIND_FOR,
  MIN_NEW_LABELS,
  MIN_TRAINING_EXAMPLES,
  type RetrainOutcome,
  holdoutSeed,
  retrainDecision,
} from './training-policy';

const ALGORITHM = 'logistic-regression';

/** What is stored in classifier_model.evaluation next to the held-out scores. */
export interface StoredEvaluation extends Evaluation {
  /**
   * This model's coverage and precision on the held-out slice at each auto-route threshold
   * (0.5, 0.55, … 0.95); the routing settings page reads it.
   */
  curve: ThresholdCurvePoint[];
  /** The active model's scores on the same slice when this one was trained (null: there was none). */
  previous: Evaluation | null;
  previousVersion: number | null;
  /** Labels of this kind that existed when it was trained: "new labels" are counted from here. */
  labelCount: number;
}

/**
 * Retrains a classifier from the organisation's labels: latest label per item, a stable held-out
 * slice, a logistic-regression candidate stored with the next version and promoted only when it
 * scores at least as well there as the active model. One retrain per kind at a time (an advisory
 * lock held for the transaction), so two workers never store the same version or two actives.
 */
@Injectable()
export class ModelTrainingService {
  private readonly logger = new Logger(ModelTrainingService.name);

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async retrain(kind: TrainableModelKind, options: { force?: boolean } = {}): Promise<RetrainOutcome> {
    const force = options.force ?? true;
    const outcome = await this.dataSource.transaction(async (manager) => {
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`classifier-retrain:${kind}`]);
      const examples = await this.examples(manager, kind);
      const labelCount = await this.labelCount(manager, kind);
      const latest = await manager.findOne(ClassifierModel, { where: { kind }, order: { version: 'DESC' } });
      const sinceLatest = latest ? labelCount - Number((latest.evaluation as Partial<StoredEvaluation>).labelCount ?? 0) : labelCount;
      const decision = retrainDecision({
        examples: examples.length,
        distinctLabels: new Set(examples.map((example) => example.label)).size,
        newLabels: sinceLatest,
        hasModel: latest !== null,
        force,
      });
      if (!decision.run) {
        return { kind, outcome: 'skipped', reason: decision.reason, examples: examples.length, newLabels: sinceLatest } as const;
      }
      return this.trainAndStore(manager, kind, examples, labelCount, (latest?.version ?? 0) + 1);
    });
    this.logger.log(`retrain ${kind}: ${JSON.stringify(outcome)}`);
    return outcome;
  }

  /** Retrains every trainable kind that has enough new labels (the hourly schedule). */
  async retrainDue(kinds: TrainableModelKind[] = ['sentiment', 'department'], force = false): Promise<RetrainOutcome[]> {
    const outcomes: RetrainOutcome[] = [];
    for (const kind of kinds) outcomes.push(await this.retrain(kind, { force }));
    return outcomes;
  }

  private async trainAndStore(
    manager: EntityManager,
    kind: TrainableModelKind,
    examples: LabelledExample[],
    labelCount: number,
    version: number,
  ): Promise<RetrainOutcome> {
    const { train: training, holdOut } = holdOutSplit(examples, HOLDOUT_FRACTION, holdoutSeed(kind));
    if (new Set(training.map((example) => example.label)).size < 2) {
      return { kind, outcome: 'skipped', reason: 'needs at least two different labels outside the held-out slice', examples: examples.length, newLabels: 0 };
    }
    const trainedAt = new Date();
    const candidate = train(training, { name: kind, version: `v${version}`, kind: ALGORITHM, trainedAt });
    const scores = evaluate(candidate, holdOut);
    const active = await manager.findOne(ClassifierModel, { where: { kind, status: 'active' } });
    const previous = active ? evaluate(loadClassifier(active.parameters as unknown as SerializedClassifier), holdOut) : null;
    const promote = shouldPromote(scores, previous);
    const evaluation: StoredEvaluation = { ...scores, curve: scores.curve, previous, previousVersion: active?.version ?? null, labelCount };
    if (promote && active) await manager.update(ClassifierModel, { id: active.id }, { status: 'retired' });
    await manager.save(
      manager.create(ClassifierModel, {
        kind,
        version,
        status: promote ? 'active' : 'rejected',
        algorithm: ALGORITHM,
        trainingSize: training.length,
        holdoutSize: holdOut.length,
        holdoutAccuracy: scores.accuracy,
        evaluation: evaluation as unknown as Record<string, unknown>,
        parameters: candidate.toJSON() as unknown as Record<string, unknown>,
        trainedAt,
        promotedAt: promote ? trainedAt : null,
      }),
    );
    return { kind, outcome: promote ? 'promoted' : 'rejected', version, accuracy: scores.accuracy, previousAccuracy: previous?.accuracy ?? null };
  }

  /** The latest label per item (departments that no longer exist are left out), with the item's text. */
  private async examples(manager: EntityManager, kind: TrainableModelKind): Promise<LabelledExample[]> {
    const rows: { id: string; text: string; label: string }[] = await manager.query(
      `SELECT latest.id, latest.text, latest.label FROM (
         SELECT DISTINCT ON (l.feedback_id) l.feedback_id AS id, f.text, l.value #>> '{}' AS label
           FROM feedback_label l JOIN feedback f ON f.id = l.feedback_id
          WHERE l.kind = $1
          ORDER BY l.feedback_id, l.created_at DESC, l.id DESC
       ) latest
       WHERE latest.text <> '' ${kind === 'department' ? 'AND EXISTS (SELECT 1 FROM department d WHERE d.id::text = latest.label)' : ''}`,
      [LABEL_KIND_FOR[kind]],
    );
    return rows.map((row) => ({ id: row.id, text: row.text, label: row.label }));
  }

  private async labelCount(manager: EntityManager, kind: TrainableModelKind): Promise<number> {
    const [row]: { count: string }[] = await manager.query('SELECT count(*) AS count FROM feedback_label WHERE kind = $1', [LABEL_KIND_FOR[kind]]);
    return Number(row.count);
  }

  static readonly policy = { minExamples: MIN_TRAINING_EXAMPLES, minNewLabels: MIN_NEW_LABELS };
}
