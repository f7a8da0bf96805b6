import 'reflect-metadata';
import type { ImportJob } from '../src/modules/intake/csv-import/entities/import-job.entity';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CsvImportRunner } from '../src/modules/intake/csv-import/csv-import.runner';
import { CsvImportService } from '../src/modules/intake/csv-import/csv-import.service';
import { airlineTweetsDir } from './support/datasets';
import { type E2eApp, startE2eApp } from './support/e2e-app';

const FILES = ['train.csv', 'test.csv'].map((name) => resolve(airlineTweetsDir(), name));
/** README of the data set: 11,743 + 2,897 rows. */
const ROWS_IN_DATA_SET = 14_640;

describe('CSV import of the airline data set (14,640 tweets)', () => {
  let e2e: E2eApp;

  beforeAll(async () => {
    for (const file of FILES) if (!existsSync(file)) throw new Error(`the airline data set is missing: ${file}`);
    e2e = await startE2eApp('csv-airline', { SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await e2e?.close();
  });

  const importFile = async (file: string) => {
    const open = () => createReadStream(file);
    const job = await e2e.app.get(CsvImportService).createForCli(basename(file), 'airline-tweets', open, statSync(file).size);
    return (await e2e.app.get(CsvImportRunner).run(job.id, open))!;
  };

  it('imports both files, every row accepted or reported', async () => {
    const jobs: ImportJob[] = [];
    for (const file of FILES) jobs.push(await importFile(file));
    expect(jobs.map((j) => j.status)).toEqual(['completed', 'completed']);
    expect(jobs.map((j) => j.totalRows)).toEqual([11_743, 2_897]);
    const sum = (key: 'processedRows' | 'acceptedRows' | 'duplicateRows' | 'failedRows') => jobs.reduce((n, j) => n + j[key], 0);
    expect(sum('processedRows')).toBe(ROWS_IN_DATA_SET);
    expect(sum('acceptedRows') + sum('duplicateRows') + sum('failedRows')).toBe(ROWS_IN_DATA_SET);
    const [{ errors }] = await e2e.db.query('SELECT count(*)::int AS errors FROM import_row_error WHERE job_id = ANY($1)', [jobs.map((j) => j.id)]);
    expect(errors).toBe(sum('failedRows'));
    const [stored] = await e2e.db.query(
      `SELECT count(*)::int AS n, count(DISTINCT external_message_id)::int AS ids, count(DISTINCT customer_id)::int AS customers
         FROM feedback WHERE channel = 'csv' AND source = 'csv:airline-tweets'`,
    );
    expect(stored).toEqual({ n: sum('acceptedRows'), ids: sum('acceptedRows'), customers: sum('acceptedRows') });
    const [sample] = await e2e.db.query(
      `SELECT text, received_at, metadata FROM feedback WHERE external_message_id = 'airline-tweets:570301031407624196'`,
    );
    expect(sample).toEqual({
      text: `@VirginAmerica it's really aggressive to blast obnoxious "entertainment" in your guests' faces & they have little recourse`,
      received_at: new Date('2015-02-24T11:15:00Z'),
      metadata: { airline: 'Virgin America', airline_sentiment: 'negative', negativereason: 'Bad Flight' },
    });
  }, 900_000);

  it('adds nothing when a file is imported again', async () => {
    const again = await importFile(FILES[1]);
    expect(again).toMatchObject({ status: 'completed', acceptedRows: 0, failedRows: expect.any(Number) });
    expect(again.duplicateRows + again.failedRows).toBe(2_897);
  }, 300_000);
});
