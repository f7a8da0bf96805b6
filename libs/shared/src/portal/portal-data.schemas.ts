import { z } from 'zod';

/** The word a customer (or admin) types to confirm an erasure; anything else is a 400 naming `confirm`. */
export const ERASURE_CONFIRM_WORD = 'ERASE';

/** POST /api/portal/erasure and POST /api/customers/:id/erasure */
export const erasureRequestSchema = z.strictObject({
  confirm: z.literal(ERASURE_CONFIRM_WORD, { error: `type ${ERASURE_CONFIRM_WORD} to confirm` }),
});
export type ErasureRequest = z.infer<typeof erasureRequestSchema>;

/** What an erasure answers: the receipt (counts per table, never values). */
export interface ErasureReceiptDto {
  receiptId: string;
  customerId: string;
  /** 'customer' (self-service in the portal) or the staff user id who handled the request. */
  requestedBy: string;
  completedAt: string;
  /** Rows changed per table (database) and jobs removed per queue (`queue:<name>`). */
  summary: Record<string, number>;
}

/** The export's file name, e.g. fullcircle-data-2026-12-02.zip */
export function exportFileName(at: Date = new Date()): string {
  return `fullcircle-data-${at.toISOString().slice(0, 10)}.zip`;
}

/** The shape of data.json inside the export zip. */
export interface CustomerExportDocument {
  exportedAt: string;
  customerId: string;
  /** The customer and every customer record merged into them. */
  customerIds: string[];
  /** Table name → every row of that table that references the customer (directly or one level further). */
  tables: Record<string, Record<string, unknown>[]>;
  /** What was left out on purpose, and why (secrets, staff-internal records). */
  omitted: { table: string; column?: string; reason: string }[];
}
