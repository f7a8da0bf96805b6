import { HttpException, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { ChannelActivityService } from '../activity/channel-activity.service';
import { IntakeService } from '../intake.service';
import { type CsvRowMapper, type RowIssue, csvMapping } from './csv-mappings';
import { CsvError, type CsvRow, readCsvRows } from './csv-reader';
import { ImportJob } from './entities/import-job.entity';
import { ImportRowError } from './entities/import-row-error.entity';

/** Rows per transaction: big enough to amortise the commit, small enough that a retry redoes little. */
export const IMPORT_BATCH_SIZE = 500;

export interface ImportProgress {
  processedRows: number;
  totalRows: number;
  acceptedRows: number;
  duplicateRows: number;
  failedRows: number;
}

interface BatchOutcome {
  accepted: number;
  duplicate: number;
  errors: (RowIssue & { rowNumber: number })[];
}

type Prepared = { rowNumber: number; mapped: ReturnType<CsvRowMapper['map']> };

/**
 * Reads an import job's file in batches, each batch one transaction that stores its rows through
 * IntakeService.acceptIn and moves the job's counters on, so a job stopped anywhere resumes exactly
 * after its last committed batch. A bad row is reported and skipped; it never aborts the file.
 */
@Injectable()
export class CsvImportRunner {
  private readonly logger = new Logger(CsvImportRunner.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly intake: IntakeService,
    private readonly activity: ChannelActivityService,
  ) {}

  /**
   * Runs (or resumes) a job. `open` streams the file from its start; rows already processed are
   * skipped. Errors other than an unreadable file throw (the queue retries; the job stays running).
   */
  async run(jobId: string, open: () => Readable, onProgress?: (progress: ImportProgress) => void): Promise<ImportJob | null> {
    // One run per job at a time (a queue retry while the first attempt still runs, the CLI and a
    // worker): a session lock on its own connection, released when the run ends or its process dies.
    const lock = this.dataSource.createQueryRunner();
    await lock.connect();
    try {
      const [{ locked }] = await lock.query('SELECT pg_try_advisory_lock(hashtext($1)) AS locked', [`import_job:${jobId}`]);
      if (!locked) {
        this.logger.warn(`import ${jobId} is already being run elsewhere; leaving it to that run`);
        return this.dataSource.getRepository(ImportJob).findOneBy({ id: jobId });
      }
      try {
        return await this.runLocked(jobId, open, onProgress);
      } finally {
        await lock.query('SELECT pg_advisory_unlock(hashtext($1))', [`import_job:${jobId}`]);
      }
    } finally {
      await lock.release();
    }
  }

  private async runLocked(jobId: string, open: () => Readable, onProgress?: (progress: ImportProgress) => void): Promise<ImportJob | null> {
    const jobs = this.dataSource.getRepository(ImportJob);
    const job = await jobs.findOneBy({ id: jobId });
    if (!job || job.status === 'completed' || job.status === 'failed') return job;
    const mapper = csvMapping(job.mapping);
    if (!mapper) return this.finish(job, 'failed', `no mapping named ${job.mapping}`);
    if (job.status === 'queued') {
      await jobs.update({ id: job.id, status: 'queued' }, { status: 'running', startedAt: new Date() });
    }
    const progress: ImportProgress = {
      processedRows: job.processedRows,
      totalRows: job.totalRows,
      acceptedRows: job.acceptedRows,
      duplicateRows: job.duplicateRows,
      failedRows: job.failedRows,
    };
    onProgress?.({ ...progress });

    let batch: CsvRow[] = [];
    const flush = async () => {
      if (!batch.length) return;
      const outcome = await this.storeBatch(job, mapper, batch);
      progress.processedRows += batch.length;
      progress.acceptedRows += outcome.accepted;
      progress.duplicateRows += outcome.duplicate;
      progress.failedRows += outcome.errors.length;
      batch = [];
      onProgress?.({ ...progress });
    };
    try {
      for await (const row of readCsvRows(open())) {
        // Row numbers start at 2 (the header is row 1): row n is the (n-1)th data row.
        if (row.rowNumber - 1 <= job.processedRows) continue;
        batch.push(row);
        if (batch.length >= IMPORT_BATCH_SIZE) await flush();
      }
      await flush();
    } catch (error) {
      if (error instanceof CsvError) return this.finish(job, 'failed', `The file could not be read after row ${progress.processedRows + 1}: ${error.message}`);
      throw error;
    }
    return this.finish(job, 'completed', null);
  }

  private async finish(job: ImportJob, status: 'completed' | 'failed', error: string | null): Promise<ImportJob> {
    const jobs = this.dataSource.getRepository(ImportJob);
    await jobs.update({ id: job.id }, { status, error, finishedAt: new Date() });
    const done = (await jobs.findOneBy({ id: job.id }))!;
    const summary = `${done.fileName}: ${done.acceptedRows} accepted, ${done.duplicateRows} duplicates, ${done.failedRows} failed`;
    // One delivery per import (not per row), so Settings → Channels shows imports, not 14,000 lines.
    this.activity.record({
      channel: 'csv',
      outcome: status === 'completed' ? 'accepted' : 'rejected',
      status: status === 'completed' ? 202 : 422,
      detail: error ? `${done.fileName}: ${error}` : summary,
      source: `csv:${done.mapping}`,
    });
    this.logger.log(`import ${done.id} ${status}: ${summary}`);
    return done;
  }

  private async storeBatch(job: ImportJob, mapper: CsvRowMapper, rows: CsvRow[]): Promise<BatchOutcome> {
    const prepared: Prepared[] = rows.map((row) =>
      'unreadable' in row
        ? { rowNumber: row.rowNumber, mapped: { ok: false, issues: [{ field: null, message: `The row could not be read: ${row.unreadable}` }] } }
        : { rowNumber: row.rowNumber, mapped: mapper.map(row.record) },
    );
    try {
      return await this.dataSource.transaction(async (manager) => {
        const outcome = await this.acceptRows(manager, mapper, prepared);
        await this.saveOutcome(manager, job.id, rows.length, outcome);
        return outcome;
      });
    } catch (error) {
      // One row the database refuses (or a sender that cannot be resolved) must not cost the batch.
      this.logger.warn(`import ${job.id}: batch from row ${rows[0].rowNumber} failed (${(error as Error).message}); storing its rows one by one`);
      return this.storeRowByRow(job, mapper, prepared, rows.length, error);
    }
  }

  private async acceptRows(manager: EntityManager, mapper: CsvRowMapper, prepared: Prepared[]): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { accepted: 0, duplicate: 0, errors: [] };
    const ids = prepared.flatMap((p) => (p.mapped.ok ? [p.mapped.item.externalMessageId] : []));
    const known = await this.knownMessageIds(manager, ids);
    for (const { rowNumber, mapped } of prepared) {
      if (!mapped.ok) {
        // One report line per row: the first issue, with the others folded into the message.
        const [first, ...more] = mapped.issues;
        const message = more.length ? `${first.message}; also ${more.map((i) => `${i.field ?? 'row'}: ${i.message}`).join('; ')}` : first.message;
        outcome.errors.push({ rowNumber, field: first.field, message });
        continue;
      }
      const id = mapped.item.externalMessageId;
      if (known.has(id)) {
        outcome.duplicate += 1;
        continue;
      }
      await this.intake.acceptIn(manager, mapped.item, { channel: 'csv', source: mapper.source });
      known.add(id);
      outcome.accepted += 1;
    }
    return outcome;
  }

  private async storeRowByRow(job: ImportJob, mapper: CsvRowMapper, prepared: Prepared[], rowCount: number, batchError: unknown): Promise<BatchOutcome> {
    const outcome: BatchOutcome = { accepted: 0, duplicate: 0, errors: [] };
    let databaseFailures = 0;
    for (const one of prepared) {
      try {
        const single = await this.dataSource.transaction((manager) => this.acceptRows(manager, mapper, [one]));
        outcome.accepted += single.accepted;
        outcome.duplicate += single.duplicate;
        outcome.errors.push(...single.errors);
      } catch (error) {
        const message = error instanceof HttpException ? httpMessage(error) : `could not be stored: ${(error as Error).message}`;
        if (!(error instanceof HttpException)) databaseFailures += 1;
        outcome.errors.push({ rowNumber: one.rowNumber, field: error instanceof HttpException ? httpField(error) : null, message });
      }
    }
    const valid = prepared.filter((p) => p.mapped.ok).length;
    // Every valid row failing the same way is the database, not the rows: let the queue retry later.
    if (valid > 1 && databaseFailures === valid) throw batchError;
    await this.dataSource.transaction((manager) => this.saveOutcome(manager, job.id, rowCount, outcome));
    return outcome;
  }

  private async knownMessageIds(manager: EntityManager, ids: string[]): Promise<Set<string>> {
    if (!ids.length) return new Set();
    const rows: { external_message_id: string }[] = await manager.query(
      `SELECT external_message_id FROM feedback WHERE channel = 'csv' AND external_message_id = ANY($1)`,
      [ids],
    );
    return new Set(rows.map((r) => r.external_message_id));
  }

  private async saveOutcome(manager: EntityManager, jobId: string, rowCount: number, outcome: BatchOutcome): Promise<void> {
    if (outcome.errors.length) {
      await manager.insert(
        ImportRowError,
        outcome.errors.map((e) => ({ jobId, rowNumber: e.rowNumber, field: e.field, message: e.message.slice(0, 1000) })),
      );
    }
    await manager
      .createQueryBuilder()
      .update(ImportJob)
      .set({
        processedRows: () => `processed_rows + ${rowCount}`,
        acceptedRows: () => `accepted_rows + ${outcome.accepted}`,
        duplicateRows: () => `duplicate_rows + ${outcome.duplicate}`,
        failedRows: () => `failed_rows + ${outcome.errors.length}`,
      })
      .where('id = :jobId', { jobId })
      .execute();
  }
}

function httpIssue(error: HttpException): { field?: string; message?: string } | undefined {
  const body = error.getResponse() as { issues?: { field?: string; message?: string }[] };
  return body?.issues?.[0];
}

function httpMessage(error: HttpException): string {
  return httpIssue(error)?.message ?? error.message;
}

function httpField(error: HttpException): string | null {
  return httpIssue(error)?.field ?? null;
}
