import type { CaseEventType } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { CaseEvent } from './entities/case-event.entity';

/**
 * Appends one event to a case's history, inside the caller's transaction; `actorId` null is the
 * system. With a `dedupeKey`, an event already recorded under that key for the case is not
 * recorded again (a retried job, a repeated provider callback).
 */
export async function recordCaseEvent(
  manager: EntityManager,
  caseId: string,
  type: CaseEventType,
  data: Record<string, unknown>,
  actorId: string | null = null,
  dedupeKey: string | null = null,
): Promise<void> {
  if (dedupeKey && (await manager.exists(CaseEvent, { where: { caseId, dedupeKey } }))) return;
  await manager.save(manager.create(CaseEvent, { caseId, type, data, actorId, dedupeKey }));
}
