import { Module } from '@nestjs/common';
import { CasesModule } from './cases.module';
import { CasesProcessor } from './cases.processor';

/** The cases queue's processor (SLA timers), loaded only by the worker process. */
@Module({ imports: [CasesModule], providers: [CasesProcessor] })
export class CasesWorkerModule {}
