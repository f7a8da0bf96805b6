import type { CaseEventType } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { CaseEvent } from './entities/case-event.entity';

/** Appends one event to a case's history, inside the caller's transaction; `actorId` null is the system. */
export async function recordCaseEvent(
  manager: EntityManager,
  caseId: string,
  type: CaseEventType,
  data: Record<string, unknown>,
  actorId: string | null = null,
): Promise<void> {
  await manager.save(manager.create(CaseEvent, { caseId, type, data, actorId }));
}
