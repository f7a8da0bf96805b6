import { Inject, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { ChannelStatusService } from '../activity/channel-status.service';
import { IntakeModule } from '../intake.module';
import { mappingNames } from './csv-mappings';
import { CsvImportController } from './csv-import.controller';
import { CsvImportRunner } from './csv-import.runner';
import { CsvImportService } from './csv-import.service';
import { ImportJob } from './entities/import-job.entity';
import { ImportRowError } from './entities/import-row-error.entity';
import { acceptCsvUploads } from './csv-upload-body';

/** Channel 8, CSV import: uploads in Settings (run by the worker) and `npm run import` (run in the CLI). */
@Module({
  imports: [TypeOrmModule.forFeature([ImportJob, ImportRowError]), IntakeModule],
  controllers: [CsvImportController],
  providers: [CsvImportService, CsvImportRunner],
  exports: [CsvImportService, CsvImportRunner],
})
export class CsvImportModule implements OnModuleInit {
  constructor(
    private readonly status: ChannelStatusService,
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.status.register('csv', () => ({
      state: 'live',
      summary: `Admins upload CSV files (up to ${Math.round(this.config.CSV_IMPORT_MAX_BYTES / 1024 / 1024)} MB) or run npm run import; mappings: ${mappingNames().join(', ')}.`,
      endpoints: [
        { label: 'Upload in Settings', value: '/settings/channels/csv-import' },
        { label: 'Command line', value: 'npm run import -- <file.csv> --mapping <name>' },
      ],
    }));
    // Only the HTTP process has an adapter; the worker and the CLI use the services alone.
    const fastify = this.adapterHost?.httpAdapter?.getInstance<FastifyInstance>();
    if (fastify) acceptCsvUploads(fastify, this.config.CSV_IMPORT_MAX_BYTES);
  }
}
