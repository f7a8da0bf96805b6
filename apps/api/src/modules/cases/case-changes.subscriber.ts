import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseChangeEvent } from '@fullcircle/shared';
import type { Redis } from 'ioredis';
import type { DataSource, EntitySubscriberInterface, InsertEvent, QueryRunner, TransactionCommitEvent, TransactionRollbackEvent } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { REDIS } from '../../redis/redis.module';
import { CaseEvent } from './entities/case-event.entity';

/** The Redis channel every API process listens on for case changes. */
export const caseChangesChannel = (queuePrefix: string) => `${queuePrefix}:case-changes`;

const PENDING = 'caseChanges';
type Placement = NonNullable<CaseChangeEvent['previous']>;
interface PendingChange {
  types: Set<string>;
  /** Where the case was before the first reassignment of the transaction. */
  previous?: Placement;
}
type Pending = Map<string, PendingChange>;

function pendingOf(runner: QueryRunner): Pending {
  const data = runner.data as Record<string, unknown>;
  return ((data[PENDING] as Pending | undefined) ??= new Map());
}

const idOrNull = (value: unknown) => (typeof value === 'string' ? value : null);

/** A reassignment's event names where the case came from; anything else leaves it where it is. */
function previousPlacement(event: Pick<CaseEvent, 'type' | 'data'>): Placement | undefined {
  if (event.type !== 'reassigned') return undefined;
  return { departmentId: idOrNull(event.data?.fromDepartmentId), assigneeId: idOrNull(event.data?.fromAssigneeId) };
}

function collect(pending: Pending, event: Pick<CaseEvent, 'caseId' | 'type' | 'data'>): void {
  const change = pending.get(event.caseId) ?? { types: new Set<string>() };
  change.types.add(event.type);
  change.previous ??= previousPlacement(event);
  pending.set(event.caseId, change);
}

/**
 * Announces every case whose history gained an event, once its transaction committed (so a
 * reader never hears of a change it cannot load yet), on Redis pub/sub: the API processes fan it
 * out to open inbox streams. Registered in both processes: the worker changes cases too.
 */
@Injectable()
export class CaseChangesSubscriber implements EntitySubscriberInterface<CaseEvent> {
  private readonly logger = new Logger(CaseChangesSubscriber.name);
  private readonly channel: string;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.channel = caseChangesChannel(config.QUEUE_PREFIX);
    dataSource.subscribers.push(this);
  }

  listenTo() {
    return CaseEvent;
  }

  afterInsert(event: InsertEvent<CaseEvent>): void {
    if (!event.entity?.caseId) return;
    if (event.queryRunner.isTransactionActive) {
      collect(pendingOf(event.queryRunner), event.entity);
      return;
    }
    const single: Pending = new Map();
    collect(single, event.entity);
    this.announce(single);
  }

  afterTransactionCommit(event: TransactionCommitEvent): void {
    // A released savepoint is not the commit yet.
    if (event.queryRunner.isTransactionActive) return;
    const pending = this.take(event.queryRunner);
    if (pending?.size) this.announce(pending);
  }

  afterTransactionRollback(event: TransactionRollbackEvent): void {
    if (!event.queryRunner.isTransactionActive) this.take(event.queryRunner);
  }

  private take(runner: QueryRunner): Pending | undefined {
    const data = runner.data as Record<string, unknown>;
    const pending = data[PENDING] as Pending | undefined;
    delete data[PENDING];
    return pending;
  }

  /** Not awaited: the change is committed whatever happens to its announcement. */
  private announce(pending: Pending): void {
    this.publish(pending).catch((err: Error) => this.logger.warn(`Could not announce case changes: ${err.message}`));
  }

  private async publish(pending: Pending): Promise<void> {
    const rows: { id: string; department_id: string | null; assignee_id: string | null }[] = await this.dataSource.query(
      'SELECT id, department_id, assignee_id FROM cases WHERE id = ANY($1::uuid[])',
      [[...pending.keys()]],
    );
    const at = new Date().toISOString();
    for (const row of rows) {
      const { types, previous } = pending.get(row.id)!;
      const change: CaseChangeEvent = { caseId: row.id, departmentId: row.department_id, assigneeId: row.assignee_id, types: [...types], at, ...(previous ? { previous } : {}) };
      await this.redis.publish(this.channel, JSON.stringify(change));
    }
  }
}
