import type { EntityManager } from 'typeorm';
import type { SlaStepKind } from './case-sla-plan';

export interface Recipient {
  id: string;
  name: string;
  /** Why they are told: the step of the escalation chain they stand for. */
  as: 'assignee' | 'department owner' | 'executive';
}

/**
 * The escalation chain: a warning goes to the assignee (the department owners when nobody is
 * assigned), a breach to the department owners, the escalation after it to the executives.
 */
export async function slaRecipients(
  manager: EntityManager,
  kind: SlaStepKind,
  c: { departmentId: string | null; assigneeId: string | null },
): Promise<Recipient[]> {
  if (kind === 'warning' && c.assigneeId) {
    const rows: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM app_user WHERE id = $1 AND status = 'active'`, [c.assigneeId]);
    if (rows.length) return rows.map((r) => ({ ...r, as: 'assignee' }));
  }
  if (kind !== 'escalation') {
    const owners: { id: string; name: string }[] = await manager.query(
      `SELECT u.id, u.name FROM department_membership m JOIN app_user u ON u.id = m.user_id
        WHERE m.department_id = $1 AND m.is_owner AND u.status = 'active' ORDER BY u.name`,
      [c.departmentId],
    );
    return owners.map((r) => ({ ...r, as: 'department owner' }));
  }
  const executives: { id: string; name: string }[] = await manager.query(`SELECT id, name FROM app_user WHERE role = 'executive' AND status = 'active' ORDER BY name`);
  return executives.map((r) => ({ ...r, as: 'executive' }));
}
