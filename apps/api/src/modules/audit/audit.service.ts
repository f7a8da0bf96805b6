import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AuditEvent as AuditEventDto, ListAuditQuery } from '@fullcircle/shared';
import type { EntityManager, Repository } from 'typeorm';
import type { AuditRecordPayload } from '../../queue/job-payloads';
import { QUEUE } from '../../queue/queue-names';
import { OutboxService } from '../../queue/outbox/outbox.service';
import { AuditEvent } from './entities/audit-event.entity';

export type AuditInput = Omit<AuditRecordPayload, 'occurredAt'>;

@Injectable()
export class AuditService {
  constructor(
    @InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>,
    private readonly outbox: OutboxService,
  ) {}

  /** Announces an event inside the caller's transaction; the worker records it. */
  announce(manager: EntityManager, input: AuditInput): Promise<string> {
    return this.outbox.enqueue(manager, QUEUE.audit, 'record', { ...input, occurredAt: new Date().toISOString() });
  }

  /** Idempotent: a replayed job with the same outbox id records nothing new. */
  async record(outboxId: string, payload: AuditRecordPayload): Promise<void> {
    await this.events.query(
      `INSERT INTO audit_event (id, actor_id, actor_name, action, target_type, target_id, data, occurred_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (id) DO NOTHING`,
      [outboxId, payload.actorId, payload.actorName, payload.action, payload.targetType, payload.targetId, payload.data, payload.occurredAt],
    );
  }

  async list(query: ListAuditQuery): Promise<AuditEventDto[]> {
    const qb = this.events.createQueryBuilder('e').orderBy('e.occurredAt', 'DESC').limit(query.limit);
    if (query.before) qb.andWhere('e.occurredAt < :before', { before: query.before });
    if (query.targetType) qb.andWhere('e.targetType = :targetType', { targetType: query.targetType });
    const rows = await qb.getMany();
    return rows.map(toDto);
  }
}

function toDto(e: AuditEvent): AuditEventDto {
  return {
    id: e.id,
    actorId: e.actorId,
    actorName: e.actorName,
    action: e.action,
    targetType: e.targetType,
    targetId: e.targetId,
    data: e.data,
    occurredAt: e.occurredAt.toISOString(),
  };
}
