import { Injectable } from '@nestjs/common';
import type { RuleActions } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { OPEN_STATUSES_SQL } from '../case-status';

export type Assignment = NonNullable<RuleActions['assignment']>;

/**
 * Who gets a new case in a department. Candidates are the department's active members (owners
 * included); an invited or deactivated person never gets work.
 */
@Injectable()
export class AssignmentService {
  /**
   * The assignee for `strategy`, or null (strategy `none`, or nobody available). A named person who
   * is not an active member of the department falls back to round robin. Callers hold the
   * department's lock (see `lockDepartment`) so two cases routed at once do not both pick the same
   * "least recently assigned" person.
   */
  async pick(manager: EntityManager, departmentId: string, assignment: Assignment): Promise<string | null> {
    if (assignment.strategy === 'none') return null;
    if (assignment.strategy === 'person' && assignment.userId && (await this.isAvailable(manager, departmentId, assignment.userId))) {
      return assignment.userId;
    }
    const order =
      assignment.strategy === 'least_open'
        ? `open_cases ASC, last_assigned_at ASC NULLS FIRST, u.id`
        : `last_assigned_at ASC NULLS FIRST, u.id`;
    const [row]: { id: string }[] = await manager.query(
      `SELECT u.id,
              (SELECT count(*) FROM cases c WHERE c.assignee_id = u.id AND c.status IN (${OPEN_STATUSES_SQL})) AS open_cases,
              (SELECT max(c.assigned_at) FROM cases c WHERE c.assignee_id = u.id AND c.department_id = $1) AS last_assigned_at
         FROM department_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.department_id = $1 AND u.status = 'active'
        ORDER BY ${order}
        LIMIT 1`,
      [departmentId],
    );
    return row?.id ?? null;
  }

  async isAvailable(manager: EntityManager, departmentId: string, userId: string): Promise<boolean> {
    const rows = await manager.query(
      `SELECT 1 FROM department_membership m JOIN app_user u ON u.id = m.user_id WHERE m.department_id = $1 AND m.user_id = $2 AND u.status = 'active'`,
      [departmentId, userId],
    );
    return rows.length > 0;
  }

  /** Serialises assignment within one department until the caller's transaction ends. */
  async lockDepartment(manager: EntityManager, departmentId: string): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`case-assignment:${departmentId}`]);
  }
}
