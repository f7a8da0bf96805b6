import { Module } from '@nestjs/common';
import { InitiativesModule } from './initiatives.module';
import { InitiativesProcessor } from './initiatives.processor';

/** The initiatives queue's processor (update fan-out), loaded only by the worker process. */
@Module({ imports: [InitiativesModule], providers: [InitiativesProcessor] })
export class InitiativesWorkerModule {}
