import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SerializedClassifier, TextClassifier } from './classification/classifier-types';
import { loadClassifier } from './classification/text-classifier';
import type { ModelKind } from './entities/classifier-model.entity';

/**
 * The active trained model of each kind, loaded once per version. Each call asks PostgreSQL only
 * which version is active (an index lookup), so a model promoted by one worker reaches all of them.
 */
@Injectable()
export class ActiveModelsService {
  private readonly loaded = new Map<ModelKind, { version: number; classifier: TextClassifier }>();

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async active(kind: ModelKind): Promise<TextClassifier | null> {
    const [current]: { version: number }[] = await this.dataSource.query(`SELECT version FROM classifier_model WHERE kind = $1 AND status = 'active'`, [kind]);
    if (!current) return null;
    const cached = this.loaded.get(kind);
    if (cached?.version === current.version) return cached.classifier;
    const [row]: { parameters: SerializedClassifier }[] = await this.dataSource.query(
      `SELECT parameters FROM classifier_model WHERE kind = $1 AND version = $2`,
      [kind, current.version],
    );
    if (!row) return null;
    const classifier = loadClassifier(row.parameters);
    this.loaded.set(kind, { version: current.version, classifier });
    return classifier;
  }
}
