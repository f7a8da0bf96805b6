import type { EntityManager } from 'typeorm';

/** One foreign key, read from pg_catalog: `table(columns)` references `refTable(refColumns)`. */
export interface ForeignKey {
  table: string;
  columns: string[];
  refTable: string;
  refColumns: string[];
}

/** A table holding rows that reference a customer, and the SQL condition (alias `t`, `$1` = uuid[] of customer ids) selecting them. */
export interface ReachableTable {
  table: string;
  /** How it is reached, e.g. ['customer_id → customer', 'case_id → cases'] (for people and tests). */
  paths: string[];
  /** OR of all paths; uses alias `t` and parameter `$1` (uuid[] of the customer and the customers merged into them). */
  where: string;
}

export const CUSTOMER_TABLE = 'customer';

const q = (ident: string) => `"${ident.replace(/"/g, '""')}"`;

/** Every foreign key in the public schema (multi-column keys keep their column order). */
export async function foreignKeys(manager: EntityManager): Promise<ForeignKey[]> {
  const rows: { table: string; ref_table: string; columns: string[]; ref_columns: string[] }[] = await manager.query(
    `SELECT r.relname::text AS table, rr.relname::text AS ref_table,
            ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n ORDER BY k.i) AS columns,
            ARRAY(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(n, i)
                    JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n ORDER BY k.i) AS ref_columns
       FROM pg_constraint c
       JOIN pg_class r ON r.oid = c.conrelid
       JOIN pg_class rr ON rr.oid = c.confrelid
       JOIN pg_namespace ns ON ns.oid = r.relnamespace
      WHERE c.contype = 'f' AND ns.nspname = 'public'
      ORDER BY 1, 2, 3`,
  );
  return rows.map((r) => ({ table: r.table, refTable: r.ref_table, columns: r.columns, refColumns: r.ref_columns }));
}

function pairs(alias: string, fk: ForeignKey, refAlias: string): string {
  return fk.columns.map((c, i) => `${refAlias}.${q(fk.refColumns[i])} = ${alias}.${q(c)}`).join(' AND ');
}

/**
 * Every table with rows that belong to a customer, found from the schema at run time so a new
 * table is covered the day its migration lands:
 *   - the customer rows themselves (the customer and every customer merged into them);
 *   - level 1: tables with a foreign key to `customer` (feedback, cases, consent_record, ...);
 *   - level 2: tables with a foreign key to a level-1 table (case_event via cases, case_item via
 *     feedback or cases, feedback_label via feedback, ...). A table reached several ways gets all
 *     of them OR-ed, so each row appears once.
 * The self-reference customer.merged_into_id is handled by the id list itself ($1).
 */
export async function reachableTables(manager: EntityManager): Promise<ReachableTable[]> {
  const fks = await foreignKeys(manager);
  const level1 = new Map<string, { paths: string[]; conds: string[] }>();
  for (const fk of fks) {
    if (fk.refTable !== CUSTOMER_TABLE || fk.table === CUSTOMER_TABLE || fk.columns.length !== 1) continue;
    const entry = level1.get(fk.table) ?? { paths: [], conds: [] };
    entry.paths.push(`${fk.columns[0]} → ${CUSTOMER_TABLE}`);
    entry.conds.push(`t.${q(fk.columns[0])} = ANY($1::uuid[])`);
    level1.set(fk.table, entry);
  }
  const all = new Map<string, { paths: string[]; conds: string[] }>();
  all.set(CUSTOMER_TABLE, { paths: ['id'], conds: ['t."id" = ANY($1::uuid[])'] });
  for (const [table, entry] of level1) all.set(table, { paths: [...entry.paths], conds: [...entry.conds] });
  for (const fk of fks) {
    const parent = level1.get(fk.refTable);
    if (!parent || fk.table === CUSTOMER_TABLE) continue;
    const parentWhere = parent.conds.map((c) => c.replace(/\bt\./g, 'p.')).join(' OR ');
    const entry = all.get(fk.table) ?? { paths: [], conds: [] };
    entry.paths.push(`${fk.columns.join(', ')} → ${fk.refTable}`);
    entry.conds.push(`EXISTS (SELECT 1 FROM ${q(fk.refTable)} p WHERE ${pairs('t', fk, 'p')} AND (${parentWhere}))`);
    all.set(fk.table, entry);
  }
  return [...all.entries()]
    .sort(([a], [b]) => (a === CUSTOMER_TABLE ? -1 : b === CUSTOMER_TABLE ? 1 : a.localeCompare(b)))
    .map(([table, e]) => ({ table, paths: e.paths, where: e.conds.map((c) => `(${c})`).join(' OR ') }));
}

/** The customer and every customer record merged into them (merges keep chains one hop long; we follow any depth anyway). */
export async function customerIdsOf(manager: EntityManager, customerId: string): Promise<string[]> {
  const rows: { id: string }[] = await manager.query(
    `WITH RECURSIVE family(id) AS (
       SELECT id FROM customer WHERE id = $1
       UNION SELECT c.id FROM customer c JOIN family f ON c.merged_into_id = f.id
     ) SELECT id FROM family`,
    [customerId],
  );
  return rows.map((r) => r.id);
}

/** Column names of a table in order (for CSV headers even when a table has no rows for this customer). */
export async function tableColumns(manager: EntityManager, tables: string[]): Promise<Map<string, string[]>> {
  const rows: { table_name: string; column_name: string }[] = await manager.query(
    `SELECT table_name::text, column_name::text FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name = ANY($1::text[]) ORDER BY table_name, ordinal_position`,
    [tables],
  );
  const out = new Map<string, string[]>();
  for (const r of rows) out.set(r.table_name, [...(out.get(r.table_name) ?? []), r.column_name]);
  return out;
}

export const quoteIdent = q;
