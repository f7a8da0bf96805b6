import { Injectable } from '@nestjs/common';
import { Readable } from 'node:stream';
import { CsvImportRunner } from './csv-import.runner';
import { CsvImportService } from './csv-import.service';

/** The imports queue's work: run (or resume) an uploaded file's job from the copy stored with it. */
@Injectable()
export class CsvImportWorkerService {
  constructor(
    private readonly imports: CsvImportService,
    private readonly runner: CsvImportRunner,
  ) {}

  async runUploaded(importJobId: string): Promise<void> {
    const content = await this.imports.storedFile(importJobId);
    // A job deleted since, or a CLI job (never queued): nothing to read.
    if (!content) return;
    await this.runner.run(importJobId, () => Readable.from(content));
  }
}
