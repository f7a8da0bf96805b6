import type { EntityManager } from 'typeorm';
import type { IdentityKey } from './identity-normaliser';

export interface IdentityOwner {
  identityId: string;
  kind: string;
  value: string;
  customerId: string;
  customerCreatedAt: Date;
}

export interface CustomerRow {
  id: string;
  name: string | null;
  locale: string | null;
  mergedIntoId: string | null;
}

/** Who owns each of these identities, oldest customer first. */
export async function findIdentityOwners(manager: EntityManager, keys: IdentityKey[]): Promise<IdentityOwner[]> {
  const rows: { id: string; kind: string; value: string; customer_id: string; created_at: Date }[] = await manager.query(
    `SELECT i.id, i.kind, i.value, i.customer_id, c.created_at
       FROM customer_identity i JOIN customer c ON c.id = i.customer_id
      WHERE (i.kind, i.value) IN (SELECT * FROM unnest($1::text[], $2::text[]))
      ORDER BY c.created_at, c.id`,
    [keys.map((k) => k.kind), keys.map((k) => k.value)],
  );
  return rows.map((r) => ({ identityId: r.id, kind: r.kind, value: r.value, customerId: r.customer_id, customerCreatedAt: r.created_at }));
}

/**
 * Attaches the identities that nobody owns yet; returns how many were attached. One that another
 * transaction claims first is skipped (after waiting for it to commit), never an error.
 */
export async function insertIdentities(manager: EntityManager, customerId: string, keys: IdentityKey[]): Promise<number> {
  if (keys.length === 0) return 0;
  const rows: unknown[] = await manager.query(
    `INSERT INTO customer_identity (customer_id, kind, value)
     SELECT $1, kind, value FROM unnest($2::text[], $3::text[]) AS t(kind, value)
     ON CONFLICT (kind, value) DO NOTHING RETURNING id`,
    [customerId, keys.map((k) => k.kind), keys.map((k) => k.value)],
  );
  return rows.length;
}

/**
 * Locks one customer row. `FOR KEY SHARE` (intake) lets many submissions for the same customer
 * run together but waits for a merge, which takes `FOR UPDATE`.
 */
export async function lockCustomer(manager: EntityManager, id: string, mode: 'FOR KEY SHARE' | 'FOR UPDATE'): Promise<CustomerRow | null> {
  const rows: { id: string; name: string | null; locale: string | null; merged_into_id: string | null }[] = await manager.query(
    `SELECT id, name, locale, merged_into_id FROM customer WHERE id = $1 ${mode}`,
    [id],
  );
  return rows[0] ? { id: rows[0].id, name: rows[0].name, locale: rows[0].locale, mergedIntoId: rows[0].merged_into_id } : null;
}

/** The customer a possibly merged id now stands for, locked; null if there is none. */
export async function lockLiveCustomer(manager: EntityManager, id: string, mode: 'FOR KEY SHARE' | 'FOR UPDATE'): Promise<CustomerRow | null> {
  // merges repoint older merges at the new target, so chains are one hop; the bound is a safety net
  for (let hops = 0, current: string | null = id; current && hops < 10; hops++) {
    const row = await lockCustomer(manager, current, mode);
    if (!row?.mergedIntoId) return row;
    current = row.mergedIntoId;
  }
  return null;
}
