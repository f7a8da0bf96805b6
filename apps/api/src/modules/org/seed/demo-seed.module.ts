import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { DemoSeedService } from './demo-seed.service';

/** Imported by the HTTP process only: the worker never seeds. */
@Module({ imports: [AuditModule], providers: [DemoSeedService] })
export class DemoSeedModule {}
