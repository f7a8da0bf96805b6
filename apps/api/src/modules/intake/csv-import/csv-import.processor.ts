import { Processor } from '@nestjs/bullmq';
import { type JobHandlers, JobProcessor } from '../../../queue/job-processor';
import { QUEUE } from '../../../queue/queue-names';
import { CsvImportWorkerService } from './csv-import-worker.service';

@Processor(QUEUE.imports)
export class CsvImportProcessor extends JobProcessor<'imports'> {
  readonly queueName = QUEUE.imports;

  constructor(private readonly imports: CsvImportWorkerService) {
    super();
  }

  readonly handlers: JobHandlers<'imports'> = {
    'import-csv': ({ importJobId }) => this.imports.runUploaded(importJobId),
  };
}
