import type { EntityManager } from 'typeorm';
import { CUSTOMER_TABLE, foreignKeys, quoteIdent as q, reachableTables } from '../export/customer-data-graph';
import { ERASED } from './personal-values';

/**
 * Tables the scrub leaves alone: the migration log, the receipts (counts only, no values), and the
 * staff directory (a colleague who happens to share a customer's name keeps it).
 */
const SKIPPED_TABLES = new Set(['migrations', 'typeorm_metadata', 'erasure_receipt', 'app_user']);

interface TextColumn {
  table: string;
  column: string;
  kind: 'text' | 'json' | 'jsonb' | 'array';
}

/** Every text, varchar, json, jsonb and text[] column of every table in the public schema. */
async function textColumns(manager: EntityManager): Promise<TextColumn[]> {
  const rows: { table_name: string; column_name: string; data_type: string; udt_name: string }[] = await manager.query(
    `SELECT c.table_name::text, c.column_name::text, c.data_type::text, c.udt_name::text
       FROM information_schema.columns c
       JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = 'public'
        AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR c.udt_name IN ('_text', '_varchar'))
      ORDER BY 1, 2`,
  );
  return rows
    .filter((r) => !SKIPPED_TABLES.has(r.table_name))
    .map((r) => ({
      table: r.table_name,
      column: r.column_name,
      kind: r.data_type === 'ARRAY' ? 'array' : r.data_type === 'json' ? 'json' : r.data_type === 'jsonb' ? 'jsonb' : 'text',
    }));
}

/** `%value%` for LIKE, with LIKE's own wildcards and escape character taken literally. */
const likePattern = (s: string) => `%${s.replace(/[\\%_]/g, '\\$&')}%`;
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const pattern = (needles: string[]) => (needles.length ? new RegExp(needles.map(escapeRegExp).join('|'), 'gi') : null);
/** How a value looks inside jsonb's text form ("a\"b" for a"b), so the SQL filter finds it there too. */
const jsonForm = (s: string) => JSON.stringify(s).slice(1, -1);

/** `proseOnly`: touch only strings with a space in them (sentences), never codes, enums or keys. */
function scrubValue(value: unknown, re: RegExp, proseOnly = false): unknown {
  if (typeof value === 'string') return proseOnly && !/\s/.test(value) ? value : value.replace(re, ERASED);
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, re, proseOnly));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [proseOnly ? k : k.replace(re, ERASED), scrubValue(v, re, proseOnly)]));
  }
  return value;
}

/**
 * The safety net after the targeted anonymisation: walks EVERY text-like column of EVERY table
 * (read from the catalog, so a new table is covered without a change here) and replaces each
 * occurrence of the customer's personal values with "[erased]": copies in audit data, outbox
 * payloads, staff notifications and feed entries, case event data, notes, bounce reasons...
 * `identifiers` are replaced everywhere; `texts` (their free text) everywhere except in rows
 * another customer owns (a row whose customer foreign key points at someone else).
 *
 * Cost: one sequential scan per table, a substring test per value. Erasures are rare and run
 * in the background of a request; on a very large database this is the place to add limits.
 * Returns rows changed per table.
 */
export async function scrubEverywhere(
  manager: EntityManager,
  customerIds: string[],
  identifiers: string[],
  texts: string[],
): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  if (identifiers.length === 0 && texts.length === 0) return changed;
  const columns = await textColumns(manager);
  const ownerColumns = new Map<string, string[]>();
  for (const fk of await foreignKeys(manager)) {
    if (fk.refTable === CUSTOMER_TABLE && fk.columns.length === 1) ownerColumns.set(fk.table, [...(ownerColumns.get(fk.table) ?? []), fk.columns[0]]);
  }
  ownerColumns.set(CUSTOMER_TABLE, ['id']);
  const idRe = pattern(identifiers);
  const allRe = pattern([...identifiers, ...texts].sort((a, b) => b.length - a.length));
  const lower = (list: string[]) => [...new Set(list.flatMap((n) => [n, jsonForm(n).toLowerCase()]))];
  const idNeedles = lower(identifiers).map(likePattern);
  const textNeedles = lower(texts).map(likePattern);

  const byTable = new Map<string, TextColumn[]>();
  for (const c of columns) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const [table, cols] of byTable) {
    const expr = (c: TextColumn) =>
      c.kind === 'text' ? `t.${q(c.column)}` : c.kind === 'array' ? `array_to_string(t.${q(c.column)}, chr(10))` : `t.${q(c.column)}::text`;
    // LIKE ANY lowers each value once per row, then tests every pattern
    const hits = (param: string) => cols.map((c) => `lower(${expr(c)}) LIKE ANY(${param}::text[])`).join(' OR ');
    // Another customer's row keeps its own words (texts), but never this customer's identifiers.
    const owners = ownerColumns.get(table) ?? [];
    const ownOk = owners.length ? owners.map((o) => `(t.${q(o)} IS NULL OR t.${q(o)} = ANY($3::uuid[]))`).join(' AND ') : '$3::uuid[] IS NOT NULL';
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT t.ctid::text AS "__ctid", (${ownOk}) AS "__own_ok", ${cols.map((c) => `t.${q(c.column)}`).join(', ')}
         FROM ${q(table)} t
        WHERE (${hits('$1')}) OR ((${ownOk}) AND (${hits('$2')}))`,
      [idNeedles, textNeedles, customerIds],
    );
    const n = await rewriteRows(manager, table, cols, rows, (row) => (row.__own_ok ? allRe : idRe));
    if (n) changed[table] = n;
  }
  return changed;
}

/**
 * Staff-written text in the customer's OWN records (rows reachable from them through the foreign
 * keys: their case's events, notes, actions, messages, notifications about their case...) may quote
 * a piece of what they wrote rather than all of it ("Dear Ann, about booking XK42…"). Words of
 * theirs that no other customer ever used (`rareWords`: booking codes, street names, unusual
 * names) are replaced there as whole words. Only in their own records: elsewhere a rare word is
 * too weak a sign to rewrite someone else's data.
 */
export async function scrubOwnRecords(manager: EntityManager, customerIds: string[], rareWords: string[]): Promise<Record<string, number>> {
  const changed: Record<string, number> = {};
  if (rareWords.length === 0) return changed;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...rareWords].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const byTable = new Map<string, TextColumn[]>();
  for (const c of await textColumns(manager)) byTable.set(c.table, [...(byTable.get(c.table) ?? []), c]);
  for (const reach of await reachableTables(manager)) {
    const cols = byTable.get(reach.table);
    if (!cols) continue;
    const expr = (c: TextColumn) =>
      c.kind === 'text' ? `t.${q(c.column)}` : c.kind === 'array' ? `array_to_string(t.${q(c.column)}, chr(10))` : `t.${q(c.column)}::text`;
    const hits = cols.map((c) => `lower(${expr(c)}) LIKE ANY($2::text[])`).join(' OR ');
    const rows: Record<string, unknown>[] = await manager.query(
      `SELECT t.ctid::text AS "__ctid", ${cols.map((c) => `t.${q(c.column)}`).join(', ')} FROM ${q(reach.table)} t WHERE (${reach.where}) AND (${hits})`,
      [customerIds, rareWords.map(likePattern)],
    );
    // whole words inside sentences only: a rare word that is a whole value is a code ('survey', 'web_form'), not a quote
    const n = await rewriteRows(manager, reach.table, cols, rows, () => re, true);
    if (n) changed[reach.table] = n;
  }
  return changed;
}

async function rewriteRows(
  manager: EntityManager,
  table: string,
  cols: TextColumn[],
  rows: Record<string, unknown>[],
  regexFor: (row: Record<string, unknown>) => RegExp | null,
  proseOnly = false,
): Promise<number> {
  let changed = 0;
  for (const row of rows) {
    const re = regexFor(row);
    if (!re) continue;
    const sets: string[] = [];
    const params: unknown[] = [row.__ctid];
    for (const c of cols) {
      const before = row[c.column];
      if (before === null || before === undefined) continue;
      const after = scrubValue(before, re, proseOnly);
      if (JSON.stringify(after) === JSON.stringify(before)) continue;
      params.push(c.kind === 'json' || c.kind === 'jsonb' ? JSON.stringify(after) : after);
      sets.push(`${q(c.column)} = $${params.length}${c.kind === 'json' ? '::json' : c.kind === 'jsonb' ? '::jsonb' : ''}`);
    }
    if (sets.length === 0) continue;
    await manager.query(`UPDATE ${q(table)} SET ${sets.join(', ')} WHERE ctid = $1::tid`, params);
    changed++;
  }
  return changed;
}
