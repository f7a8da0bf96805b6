import type { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';
import type { CsvRecord } from './csv-mappings';

/** One data row: its record, or why the parser could not read it. Row numbers count the header as row 1. */
export type CsvRow = { rowNumber: number; record: CsvRecord } | { rowNumber: number; unreadable: string };

export { CsvError };

/**
 * Streams a CSV file's rows (csv-parse), never holding more than the parser's buffer. A row the
 * parser cannot read (a stray quote, too many cells) is reported as unreadable and the file goes
 * on; only a file that cannot be parsed at all (an unclosed quote at the end) throws a CsvError.
 */
export async function* readCsvRows(input: Readable, onHeader?: (header: string[]) => void): AsyncGenerator<CsvRow> {
  let ordinal = 0;
  const unreadable: { rowNumber: number; unreadable: string }[] = [];
  const parser = input.pipe(
    parse({
      bom: true,
      columns: (header: string[]) => {
        const names = header.map((h) => String(h).trim());
        onHeader?.(names);
        return names;
      },
      skip_empty_lines: true,
      relax_column_count_less: true,
      relax_quotes: true,
      skip_records_with_error: true,
      // Called in file order, as on_record is, so the two share one row counter.
      on_skip: (err) => {
        ordinal += 1;
        unreadable.push({ rowNumber: ordinal + 1, unreadable: err?.message ?? 'the row could not be read' });
        return undefined;
      },
      on_record: (record: CsvRecord) => {
        ordinal += 1;
        return { rowNumber: ordinal + 1, record };
      },
    }),
  );
  input.on('error', (error) => parser.destroy(error));
  for await (const row of parser as AsyncIterable<{ rowNumber: number; record: CsvRecord }>) {
    while (unreadable.length && unreadable[0].rowNumber < row.rowNumber) yield unreadable.shift()!;
    yield row;
  }
  yield* unreadable;
}

/** The header and the number of data rows, read ahead so progress has a total. */
export async function scanCsv(input: Readable): Promise<{ header: string[]; rows: number }> {
  let header: string[] = [];
  let rows = 0;
  for await (const _row of readCsvRows(input, (h) => (header = h))) rows += 1;
  return { header, rows };
}
