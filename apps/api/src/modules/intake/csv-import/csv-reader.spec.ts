import { Readable } from 'node:stream';
import { readCsvRows, scanCsv } from './csv-reader';

const rowsOf = async (text: string) => {
  const out = [];
  for await (const row of readCsvRows(Readable.from(Buffer.from(text)))) out.push(row);
  return out;
};

describe(readCsvRows.name, () => {
  it('numbers rows as a spreadsheet does and keeps quoted newlines in one row', async () => {
    expect(await rowsOf('\ufeffid,text\r\n1,"two\nlines"\r\n\r\n2,plain\r\n')).toEqual([
      { rowNumber: 2, record: { id: '1', text: 'two\nlines' } },
      { rowNumber: 3, record: { id: '2', text: 'plain' } },
    ]);
  });

  it('reports a row with too many cells in its place and reads on', async () => {
    const rows = await rowsOf('id,text\n1,a\n2,b,extra\n3,c\n');
    expect(rows.map((r) => [r.rowNumber, 'record' in r ? r.record.id : 'unreadable'])).toEqual([
      [2, '1'],
      [3, 'unreadable'],
      [4, '3'],
    ]);
  });

  it('reads a short row with the missing cells left out', async () => {
    expect(await rowsOf('id,text,email\n1,a\n')).toEqual([{ rowNumber: 2, record: { id: '1', text: 'a' } }]);
  });
});

describe(scanCsv.name, () => {
  it('tells the header and the number of data rows', async () => {
    expect(await scanCsv(Readable.from(Buffer.from(' id , text\n1,a\n2,b\n')))).toEqual({ header: ['id', 'text'], rows: 2 });
  });
});
