import { Module } from '@nestjs/common';
import { SurgesModule } from './surges.module';
import { SurgesProcessor } from './surges.processor';

/** The surges queue's processor (the minutely detection), loaded only by the worker process. */
@Module({ imports: [SurgesModule], providers: [SurgesProcessor] })
export class SurgesWorkerModule {}
