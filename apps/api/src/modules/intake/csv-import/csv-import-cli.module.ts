import { Module } from '@nestjs/common';
import { InfrastructureModule } from '../../../infrastructure.module';
import { ChannelActivityModule } from '../activity/channel-activity.module';
import { CsvImportModule } from './csv-import.module';

/** `npm run import` (dist/import-cli.js): config, PostgreSQL, Redis and the import services. No HTTP, no queue workers. */
@Module({ imports: [InfrastructureModule, ChannelActivityModule, CsvImportModule] })
export class CsvImportCliModule {}
