import { Module } from '@nestjs/common';
import { AuditModule } from './audit.module';
import { AuditProcessor } from './audit.processor';

/** The audit queue's processor, loaded only by the worker process. */
@Module({ imports: [AuditModule], providers: [AuditProcessor] })
export class AuditWorkerModule {}
