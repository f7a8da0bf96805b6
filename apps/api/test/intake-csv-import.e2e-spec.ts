import 'reflect-metadata';
import type { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import type { ImportJob, ImportRowErrorList } from '@fullcircle/shared';
import { Readable } from 'node:stream';
import { ChannelStatusService } from '../src/modules/intake/activity/channel-status.service';
import { CsvImportRunner, IMPORT_BATCH_SIZE } from '../src/modules/intake/csv-import/csv-import.runner';
import { CsvImportWorkerService } from '../src/modules/intake/csv-import/csv-import-worker.service';
import { WorkerModule } from '../src/worker.module';
import { type E2eApp, startE2eApp } from './support/e2e-app';
import { useTestEnv } from './support/test-env';
import { waitFor } from './support/wait-for';

const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const GENERIC_FILE = csv(
  'id,text,subject,score,score_scale,received_at,email,phone,customer_id,name,journey_stage,language,plan,region',
  // 2: good, with metadata columns (plan, region)
  'g-1,"Checkout kept timing out, twice.",Checkout,3,csat,2026-03-01T09:30:00Z,ana@example.test,,,Ana,purchase,en,pro,EU',
  // 3: good, quoted newline and a comma in the text
  'g-2,"Love the new app.\nBut, the search is slow.",,9,nps,2026-03-02 10:00,,,crm-77,,onboarding,,free,',
  // 4: no text
  'g-3,,,,,,bob@example.test,,,,,,,',
  // 5: bad email
  'g-4,Bad address,,,,,not-an-email,,,,,,,',
  // 6: score out of range for the scale
  'g-5,Too high,,11,nps,,carla@example.test,,,,,,,',
  // 7: date that is not a date
  'g-6,When?,,,,yesterday,dan@example.test,,,,,,,',
  // 8: no identity at all
  'g-7,Who am I,,,,,,,,,,,,',
  // 9: the same id as row 2 again: a duplicate within the file
  'g-1,"Checkout kept timing out, twice.",Checkout,3,csat,2026-03-01T09:30:00Z,ana@example.test,,,Ana,purchase,en,pro,EU',
  // 10: good, no id column value: a hash of the row identifies it
  ',No id but still fine,,,,,erin@example.test,,,,,,,',
  // 11: more cells than the header
  'g-8,Too many cells,,,,,fay@example.test,,,,,,,,,extra,extra',
);

describe('CSV import (channel 8)', () => {
  let e2e: E2eApp;
  let admin: string;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    e2e = await startE2eApp('csv-import');
    admin = await e2e.signIn('admin');
    useTestEnv({ DATABASE_URL: e2e.env.DATABASE_URL, QUEUE_PREFIX: e2e.env.QUEUE_PREFIX, OUTBOX_POLL_MS: '100' });
    worker = await (await Test.createTestingModule({ imports: [WorkerModule] }).compile()).init();
  });

  afterAll(async () => {
    await worker?.close();
    await e2e?.close();
  });

  const upload = (body: string, query = 'mapping=generic&fileName=feedback.csv', cookie: string | undefined = admin, contentType = 'text/csv') =>
    e2e.request({ method: 'POST', url: `/api/intake/csv-imports?${query}`, payload: body, headers: { 'content-type': contentType }, cookie });

  const finished = (id: string, timeoutMs = 30_000) =>
    waitFor(
      `import ${id}`,
      async () => {
        const res = await e2e.request({ method: 'GET', url: `/api/intake/csv-imports/${id}`, cookie: admin });
        const job = res.json<ImportJob>();
        return job.status === 'completed' || job.status === 'failed' ? job : undefined;
      },
      timeoutMs,
    );

  const csvFeedbackCount = async (idPattern: string) =>
    Number((await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE channel = 'csv' AND external_message_id LIKE $1`, [idPattern]))[0].n);

  describe('who may upload', () => {
    it('answers 401 without a session', async () => {
      expect((await upload(GENERIC_FILE, undefined, '')).statusCode).toBe(401);
      expect((await e2e.request({ method: 'GET', url: '/api/intake/csv-imports' })).statusCode).toBe(401);
    });

    it.each(['owner', 'member', 'executive'] as const)('answers 403 to a signed-in %s', async (role) => {
      const cookie = await e2e.signIn(role);
      expect((await upload(GENERIC_FILE, undefined, cookie)).statusCode).toBe(403);
      expect((await e2e.request({ method: 'GET', url: '/api/intake/csv-imports', cookie })).statusCode).toBe(403);
    });
  });

  describe('what it refuses before storing anything', () => {
    it('answers 415 for a body that is not text/csv', async () => {
      const res = await upload(JSON.stringify({ text: 'hello' }), undefined, admin, 'application/json');
      expect(res.statusCode).toBe(415);
    });

    it('answers 415 to text/csv on any other route', async () => {
      const res = await e2e.request({ method: 'POST', url: '/api/org/departments', payload: 'a,b\r\n1,2', headers: { 'content-type': 'text/csv' }, cookie: admin });
      expect(res.statusCode).toBe(415);
    });

    it('names the mapping when it does not exist', async () => {
      const res = await upload(GENERIC_FILE, 'mapping=nope&fileName=feedback.csv');
      expect(res.statusCode).toBe(400);
      expect(res.json().issues).toEqual([{ field: 'mapping', message: 'must be one of airline-tweets, generic' }]);
    });

    it('names the missing columns', async () => {
      const res = await upload(csv('comment,email', 'hello,a@example.test'));
      expect(res.statusCode).toBe(400);
      expect(res.json().issues[0]).toMatchObject({ field: 'file', message: expect.stringContaining('lacks the column text') });
    });

    it('refuses an empty file, a header without rows, and a missing file name', async () => {
      expect((await upload('')).statusCode).toBe(400);
      expect((await upload(csv('id,text,email'))).json().issues[0]).toMatchObject({ field: 'file', message: 'has a header but no rows' });
      const noName = await upload(GENERIC_FILE, 'mapping=generic');
      expect(noName.json().issues).toEqual([{ field: 'fileName', message: expect.any(String) }]);
    });

    it('takes files far over the JSON body limit, and answers 413 over CSV_IMPORT_MAX_BYTES', async () => {
      // Rows without any sender identity: each is reported, so the worker gets through them quickly.
      const row = (i: number) => `big-${i},"${'a'.repeat(1000)}",,,,,`;
      const big = csv('id,text,subject,score,score_scale,received_at,email', ...Array.from({ length: 2200 }, (_, i) => row(i)));
      expect(Buffer.byteLength(big)).toBeGreaterThan(2 * 1024 * 1024); // BODY_LIMIT_BYTES is 1 MB
      const res = await upload(big, 'mapping=generic&fileName=big.csv');
      expect(res.statusCode).toBe(202);
      expect(await finished(res.json().id)).toMatchObject({ status: 'completed', totalRows: 2200, failedRows: 2200 });
      const tooBig = await upload('id,text\r\n' + 'y'.repeat(21 * 1024 * 1024));
      expect(tooBig.statusCode).toBe(413);
    });
  });

  describe('an upload with good, bad and duplicate rows', () => {
    let job: ImportJob;

    beforeAll(async () => {
      const res = await upload(GENERIC_FILE);
      expect(res.statusCode).toBe(202);
      expect(res.json()).toMatchObject({ status: 'queued', origin: 'upload', mapping: 'generic', fileName: 'feedback.csv', totalRows: 10 });
      job = await finished(res.json().id);
    });

    it('imports the good rows and counts the rest, without stopping at the bad ones', () => {
      expect(job).toMatchObject({ status: 'completed', totalRows: 10, processedRows: 10, acceptedRows: 3, duplicateRows: 1, failedRows: 6, error: null });
      expect(job.createdBy?.name).toBeTruthy();
      expect(job.finishedAt).not.toBeNull();
    });

    it('stores each good row through intake, with its fields and metadata columns', async () => {
      const rows = await e2e.db.query(
        `SELECT f.text, f.subject, f.score_scale, f.score_value, f.received_at, f.journey_stage, f.language, f.metadata, f.external_message_id, f.source
           FROM feedback f WHERE f.channel = 'csv' AND f.external_message_id LIKE 'generic:g-%' ORDER BY f.external_message_id`,
      );
      expect(rows).toEqual([
        expect.objectContaining({
          text: 'Checkout kept timing out, twice.',
          subject: 'Checkout',
          score_scale: 'csat',
          score_value: 3,
          received_at: new Date('2026-03-01T09:30:00Z'),
          journey_stage: 'purchase',
          language: 'en',
          metadata: { plan: 'pro', region: 'EU' },
          external_message_id: 'generic:g-1',
          source: 'csv:generic',
        }),
        expect.objectContaining({ text: 'Love the new app.\nBut, the search is slow.', score_scale: 'nps', score_value: 9, received_at: new Date('2026-03-02T10:00:00Z'), metadata: { plan: 'free' } }),
      ]);
      const [customer] = await e2e.db.query(
        `SELECT c.name FROM customer c JOIN customer_identity i ON i.customer_id = c.id WHERE i.kind = 'email' AND i.value = 'ana@example.test'`,
      );
      expect(customer).toEqual({ name: 'Ana' });
      const [hashed] = await e2e.db.query(`SELECT external_message_id FROM feedback WHERE text = 'No id but still fine'`);
      expect(hashed.external_message_id).toMatch(/^generic:sha256-[0-9a-f]{40}$/);
    });

    it('reports every bad row with its row number, column and reason', async () => {
      const res = await e2e.request({ method: 'GET', url: `/api/intake/csv-imports/${job.id}/errors`, cookie: admin });
      const { errors, total } = res.json<ImportRowErrorList>();
      expect(total).toBe(6);
      expect(errors.map((e) => [e.rowNumber, e.field])).toEqual([
        [4, 'text'],
        [5, 'email'],
        [6, 'score'],
        [7, 'received_at'],
        [8, 'email / phone / customer_id'],
        [11, null],
      ]);
      expect(errors[3].message).toContain('must be a date like');
      expect(errors[5].message).toMatch(/could not be read/);
    });

    it('offers the error report as a CSV download', async () => {
      const res = await e2e.request({ method: 'GET', url: `/api/intake/csv-imports/${job.id}/errors.csv`, cookie: admin });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="feedback-errors.csv"');
      const lines = res.body.trim().split('\r\n');
      expect(lines[0]).toBe('row,column,message');
      expect(lines).toHaveLength(7);
      expect(lines[2]).toMatch(/^5,email,/);
      expect((await e2e.request({ method: 'GET', url: `/api/intake/csv-imports/${job.id}/errors.csv`, cookie: await e2e.signIn('owner') })).statusCode).toBe(403);
    });

    it('lists the import, newest first', async () => {
      const res = await e2e.request({ method: 'GET', url: '/api/intake/csv-imports', cookie: admin });
      expect(res.json().imports[0]).toMatchObject({ id: job.id, acceptedRows: 3 });
    });

    it('stores nothing twice when the same file is imported again', async () => {
      const before = await csvFeedbackCount('generic:g-%');
      const again = await finished((await upload(GENERIC_FILE)).json().id);
      expect(again).toMatchObject({ status: 'completed', acceptedRows: 0, duplicateRows: 4, failedRows: 6 });
      expect(await csvFeedbackCount('generic:g-%')).toBe(before);
    });

    it('shows the import under Settings → Channels as one delivery', async () => {
      const channels = await worker.get(ChannelStatusService).list();
      const csvChannel = channels.find((c) => c.channel === 'csv')!;
      expect(csvChannel.recent.some((d) => d.source === 'csv:generic' && d.detail === 'feedback.csv: 3 accepted, 1 duplicates, 6 failed')).toBe(true);
      const viaHttp = await e2e.request({ method: 'GET', url: '/api/intake/channels', cookie: admin });
      expect(viaHttp.json().channels.find((c: { channel: string }) => c.channel === 'csv')).toMatchObject({ state: 'live' });
    });
  });

  it('imports the demo seed\'s survey export through the worker, with its duplicate and bad rows', async () => {
    const [{ id }] = await e2e.db.query(`SELECT id FROM import_job WHERE file_name = 'store-survey-export.csv'`);
    expect(await finished(id)).toMatchObject({ status: 'completed', origin: 'upload', totalRows: 10, acceptedRows: 7, duplicateRows: 1, failedRows: 2, createdBy: { name: 'Ada Admin' } });
  });

  it('leaves a job alone while another run holds it', async () => {
    const file = csv('id,text,email', 'lock-1,Held elsewhere,held@example.test');
    const [{ id }] = await e2e.db.query(
      `INSERT INTO import_job (file_name, mapping, origin, status, content, size_bytes, total_rows) VALUES ('held.csv', 'generic', 'upload', 'queued', $1, $2, 1) RETURNING id`,
      [Buffer.from(file), Buffer.byteLength(file)],
    );
    const other = e2e.db.createQueryRunner();
    await other.connect();
    try {
      await other.query('SELECT pg_advisory_lock(hashtext($1))', [`import_job:${id}`]);
      const skipped = await worker.get(CsvImportRunner).run(id, () => Readable.from(Buffer.from(file)));
      expect(skipped).toMatchObject({ status: 'queued', processedRows: 0 });
      await other.query('SELECT pg_advisory_unlock(hashtext($1))', [`import_job:${id}`]);
    } finally {
      await other.release();
    }
    await worker.get(CsvImportWorkerService).runUploaded(id);
    expect(await finished(id)).toMatchObject({ status: 'completed', acceptedRows: 1 });
  });

  it('resumes a job stopped part-way from its last committed batch, storing nothing twice', async () => {
    const rows = Array.from({ length: IMPORT_BATCH_SIZE * 2 + 37 }, (_, i) => `r-${i},Resume row ${i},,,,,resume-${i % 50}@example.test`);
    const file = csv('id,text,subject,score,score_scale,received_at,email', ...rows);
    // Stored as an upload would be, but not queued: the worker must not race this test's first run.
    const [{ id }] = await e2e.db.query(
      `INSERT INTO import_job (file_name, mapping, origin, status, content, size_bytes, total_rows) VALUES ('resume.csv', 'generic', 'upload', 'queued', $1, $2, $3) RETURNING id`,
      [Buffer.from(file), Buffer.byteLength(file), rows.length],
    );
    // The process dies right after the first batch commits (the progress callback is the last thing a batch does).
    const open = () => Readable.from(Buffer.from(file));
    const dies = (p: { processedRows: number }) => {
      if (p.processedRows === IMPORT_BATCH_SIZE) throw new Error('worker died');
    };
    await expect(worker.get(CsvImportRunner).run(id, open, dies)).rejects.toThrow('worker died');
    const [partial] = await e2e.db.query('SELECT status, processed_rows, accepted_rows FROM import_job WHERE id = $1', [id]);
    expect(partial).toEqual({ status: 'running', processed_rows: IMPORT_BATCH_SIZE, accepted_rows: IMPORT_BATCH_SIZE });
    await worker.get(CsvImportWorkerService).runUploaded(id);
    const done = await finished(id);
    expect(done).toMatchObject({ status: 'completed', processedRows: rows.length, acceptedRows: rows.length, duplicateRows: 0, failedRows: 0 });
    const [{ n }] = await e2e.db.query(`SELECT count(*)::int AS n FROM feedback WHERE external_message_id LIKE 'generic:r-%'`);
    expect(n).toBe(rows.length);
    // A thousand rows through intake while the in-process worker enriches them: generous on a busy machine.
  }, 180_000);
});
