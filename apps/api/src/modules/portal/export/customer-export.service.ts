import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type CustomerExportDocument, type SessionUser, exportFileName } from '@fullcircle/shared';
import { stringify } from 'csv-stringify/sync';
import { strToU8, zipSync } from 'fflate';
import { DataSource } from 'typeorm';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { customerIdsOf, quoteIdent, reachableTables, tableColumns } from './customer-data-graph';

/**
 * What the self-service export leaves out, and why. Staff handling a subject access request
 * (GET /api/customers/:id/export, admins) get the staff-internal tables too, to review before they
 * pass them on; secrets are never exported to anyone.
 *   - Secrets: every `*_hash` column (portal_token.token_hash, customer_session.token_hash,
 *     conversation.access_token_hash). They are not information about the person, and a copy
 *     would only widen what can leak.
 *   - Staff-internal records: case_note (colleagues' working notes), case_grant (who on staff may
 *     see a case), staff_notification and feed_entry (messages between colleagues). They are the
 *     staff's records about handling the case; what was done and said TO the customer (case events,
 *     actions, outbound messages) is included.
 */
export const SECRET_COLUMN = /_hash$/;
export const STAFF_INTERNAL_TABLES: Record<string, string> = {
  case_note: "staff-internal working notes (included in a staff-handled request for review)",
  case_grant: 'which colleagues may see a case: staff access control',
  staff_notification: 'notifications between colleagues',
  feed_entry: 'the internal staff feed',
};

export interface ExportOptions {
  /** Staff-handled request: include the staff-internal tables for review. */
  includeStaffInternal: boolean;
}

export interface ExportFile {
  fileName: string;
  zip: Uint8Array;
}

@Injectable()
export class CustomerExportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** A staff-handled request: everything, staff-internal records included, and an audit event (ids only). */
  async staffZip(actor: SessionUser, customerId: string): Promise<ExportFile> {
    const file = await this.zip(customerId, { includeStaffInternal: true });
    await this.dataSource.transaction((manager) =>
      this.audit.announce(manager, { ...auditActor(actor), action: 'customers.customer.exported', targetType: 'customer', targetId: customerId, data: {} }),
    );
    return file;
  }

  /** Every row referencing the customer (and customers merged into them), found from the schema. */
  async document(customerId: string, options: ExportOptions): Promise<CustomerExportDocument & { columns: Record<string, string[]> }> {
    // One snapshot: REPEATABLE READ, so the tables agree with each other.
    return this.dataSource.transaction('REPEATABLE READ', async (manager) => {
      const customerIds = await customerIdsOf(manager, customerId);
      if (customerIds.length === 0) throw new NotFoundException('Customer not found');
      const reach = await reachableTables(manager);
      const omitted: CustomerExportDocument['omitted'] = [];
      const included = reach.filter((r) => {
        const reason = STAFF_INTERNAL_TABLES[r.table];
        if (reason && !options.includeStaffInternal) {
          omitted.push({ table: r.table, reason });
          return false;
        }
        return true;
      });
      const allColumns = await tableColumns(manager, included.map((r) => r.table));
      const tables: CustomerExportDocument['tables'] = {};
      const columns: Record<string, string[]> = {};
      for (const r of included) {
        const cols = allColumns.get(r.table) ?? [];
        const kept = cols.filter((c) => !SECRET_COLUMN.test(c));
        for (const c of cols) if (SECRET_COLUMN.test(c)) omitted.push({ table: r.table, column: c, reason: 'a secret (hash of a sign-in token), not information about you' });
        columns[r.table] = kept;
        if (kept.length === 0) continue;
        tables[r.table] = await manager.query(
          `SELECT ${kept.map((c) => `t.${quoteIdent(c)}`).join(', ')} FROM ${quoteIdent(r.table)} t WHERE ${r.where} ORDER BY 1`,
          [customerIds],
        );
      }
      return { exportedAt: new Date().toISOString(), customerId, customerIds, tables, omitted, columns };
    });
  }

  /** The zip: data.json (every table) plus one CSV per table. */
  async zip(customerId: string, options: ExportOptions): Promise<ExportFile> {
    const { columns, ...doc } = await this.document(customerId, options);
    const files: Record<string, Uint8Array> = { 'data.json': strToU8(JSON.stringify(doc, null, 2)) };
    for (const [table, cols] of Object.entries(columns)) {
      const rows = (doc.tables[table] ?? []).map((row) => cols.map((c) => csvCell(row[c])));
      files[`${table}.csv`] = strToU8(stringify(rows, { header: true, columns: cols }));
    }
    return { fileName: exportFileName(), zip: zipSync(files, { level: 6 }) };
  }
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
