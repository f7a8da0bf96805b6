import type { EntityManager } from 'typeorm';

/**
 * Read-only lookups of the customer tables the portal needs. Raw SQL rather than the customers
 * module's repositories (which stay private); customers owns every write.
 */

/** The live customer owning this identity (following merges), or null. */
export async function identityOwner(manager: EntityManager, kind: 'email' | 'phone', value: string): Promise<string | null> {
  const rows: { id: string }[] = await manager.query(
    `SELECT coalesce(c.merged_into_id, c.id) AS id
       FROM customer_identity i JOIN customer c ON c.id = i.customer_id
      WHERE i.kind = $1 AND i.value = $2`,
    [kind, value],
  );
  if (!rows[0]) return null;
  // merges repoint older merges at the new target, so one hop is the rule; check it is live
  const live: { id: string }[] = await manager.query('SELECT id FROM customer WHERE id = $1 AND merged_into_id IS NULL', [rows[0].id]);
  return live[0]?.id ?? null;
}

/** The customer and every customer merged into it: the rows the signed-in customer may see. */
export async function customerScope(manager: EntityManager, customerId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query('SELECT id FROM customer WHERE merged_into_id = $1', [customerId]);
  return [customerId, ...rows.map((r) => r.id)];
}
