import { Module } from '@nestjs/common';
import { ChannelActivityModule } from '../activity/channel-activity.module';
import { CsvImportModule } from './csv-import.module';
import { CsvImportProcessor } from './csv-import.processor';
import { CsvImportWorkerService } from './csv-import-worker.service';

/** The imports queue's processor, loaded only by the worker process. */
@Module({
  imports: [ChannelActivityModule, CsvImportModule],
  providers: [CsvImportWorkerService, CsvImportProcessor],
})
export class CsvImportWorkerModule {}
