import { Module } from '@nestjs/common';
import { CsvImportModule } from './csv-import.module';
import { CsvImportDemoSeedService } from './csv-import-demo-seed.service';

/** HTTP process only, after the general demo feedback seed. */
@Module({ imports: [CsvImportModule], providers: [CsvImportDemoSeedService] })
export class CsvImportDemoSeedModule {}
