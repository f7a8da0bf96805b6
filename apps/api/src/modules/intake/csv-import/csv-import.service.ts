import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import type { CsvImportUploadQuery, ImportJob as ImportJobDto, ImportRowErrorList, SessionUser } from '@fullcircle/shared';
import { Readable } from 'node:stream';
import { DataSource, type Repository } from 'typeorm';
import { fieldInvalid } from '../../../common/http/field-errors';
import { OutboxService } from '../../../queue/outbox/outbox.service';
import { QUEUE } from '../../../queue/queue-names';
import { csvMapping, mappingNames } from './csv-mappings';
import { CsvError, scanCsv } from './csv-reader';
import { toImportJobDto } from './csv-import.mapper';
import { ImportJob } from './entities/import-job.entity';
import { ImportRowError } from './entities/import-row-error.entity';

const LIST_LIMIT = 50;

/** A file checked and ready to import: its mapping exists, its header has what the mapping needs. */
export interface CheckedFile {
  mapping: string;
  totalRows: number;
}

/** Import jobs: created from an upload (the worker runs them) or by the CLI (which runs them itself). */
@Injectable()
export class CsvImportService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(ImportJob) private readonly jobs: Repository<ImportJob>,
    @InjectRepository(ImportRowError) private readonly rowErrors: Repository<ImportRowError>,
    private readonly outbox: OutboxService,
  ) {}

  /** Stores the file with its job and announces the job on the imports queue, in one transaction. */
  async upload(actor: SessionUser, query: CsvImportUploadQuery, content: Buffer): Promise<ImportJobDto> {
    const checked = await this.check(query.mapping, () => Readable.from(content), content.length);
    const id = await this.dataSource.transaction(async (manager) => {
      const job = manager.create(ImportJob, {
        fileName: query.fileName,
        mapping: checked.mapping,
        origin: 'upload',
        status: 'queued',
        content,
        sizeBytes: content.length,
        totalRows: checked.totalRows,
        createdById: actor.id,
      });
      await manager.insert(ImportJob, job);
      await this.outbox.enqueue(manager, QUEUE.imports, 'import-csv', { importJobId: job.id });
      return job.id;
    });
    return this.get(id);
  }

  /** A job for a file the CLI reads from disk itself (not stored, not queued). */
  async createForCli(fileName: string, mapping: string, open: () => Readable, sizeBytes: number): Promise<ImportJobDto> {
    const checked = await this.check(mapping, open, sizeBytes);
    const job = this.jobs.create({ fileName, mapping: checked.mapping, origin: 'cli', status: 'queued', content: null, sizeBytes, totalRows: checked.totalRows });
    await this.jobs.insert(job);
    return this.get(job.id);
  }

  /** 400 naming `mapping` or `file` when the file cannot be imported at all. */
  async check(mapping: string, open: () => Readable, sizeBytes: number): Promise<CheckedFile> {
    const mapper = csvMapping(mapping);
    if (!mapper) throw fieldInvalid('mapping', `must be one of ${mappingNames().join(', ')}`);
    if (sizeBytes === 0) throw fieldInvalid('file', 'is empty');
    let scanned: Awaited<ReturnType<typeof scanCsv>>;
    try {
      scanned = await scanCsv(open());
    } catch (error) {
      if (error instanceof CsvError) throw fieldInvalid('file', `is not a readable CSV file: ${error.message}`);
      throw error;
    }
    const missing = mapper.checkHeader(scanned.header);
    if (missing.length) {
      throw fieldInvalid('file', `lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} that the ${mapping} mapping needs (header: ${scanned.header.join(', ').slice(0, 300) || 'none'})`);
    }
    if (scanned.rows === 0) throw fieldInvalid('file', 'has a header but no rows');
    return { mapping: mapper.name, totalRows: scanned.rows };
  }

  async list(): Promise<ImportJobDto[]> {
    const jobs = await this.jobs.find({ order: { createdAt: 'DESC' }, take: LIST_LIMIT, relations: { createdBy: true } });
    return jobs.map(toImportJobDto);
  }

  async get(id: string): Promise<ImportJobDto> {
    const job = await this.jobs.findOne({ where: { id }, relations: { createdBy: true } });
    if (!job) throw new NotFoundException('No import with this id');
    return toImportJobDto(job);
  }

  /** The uploaded file, for the worker; null when the job has none (a CLI job) or does not exist. */
  async storedFile(id: string): Promise<Buffer | null> {
    const row = await this.jobs.createQueryBuilder('job').select(['job.id']).addSelect('job.content').where('job.id = :id', { id }).getOne();
    return row?.content ?? null;
  }

  async errors(id: string, limit: number): Promise<ImportRowErrorList> {
    await this.get(id);
    const [rows, total] = await this.rowErrors.findAndCount({ where: { jobId: id }, order: { rowNumber: 'ASC' }, take: limit });
    return { errors: rows.map(({ rowNumber, field, message }) => ({ rowNumber, field, message })), total };
  }

  /** Every error of a job as CSV (row, column, message), for the download. */
  async errorReportCsv(id: string): Promise<{ fileName: string; csv: string }> {
    const job = await this.get(id);
    const rows = await this.rowErrors.find({ where: { jobId: id }, order: { rowNumber: 'ASC' } });
    const lines = ['row,column,message', ...rows.map((r) => [String(r.rowNumber), r.field ?? '', r.message].map(csvCell).join(','))];
    return { fileName: `${job.fileName.replace(/\.csv$/i, '')}-errors.csv`, csv: `${lines.join('\r\n')}\r\n` };
  }
}

/** RFC 4180 quoting, and a leading ' before = + - @ so a spreadsheet shows a cell rather than running it. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}
