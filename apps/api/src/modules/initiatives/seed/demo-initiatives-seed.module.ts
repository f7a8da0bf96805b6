import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { InitiativesModule } from '../initiatives.module';
import { DemoInitiativesSeedService } from './demo-initiatives-seed.service';

/**
 * HTTP process only (the worker never seeds). Its own module, imported by AppModule after
 * DemoFeedbackSeedModule: Nest bootstraps modules in that order, so the demo feedback this links
 * exists by then. (As a provider of InitiativesModule it would run in the worker too, and before
 * the feedback seed.)
 */
@Module({ imports: [InitiativesModule, AuditModule], providers: [DemoInitiativesSeedService] })
export class DemoInitiativesSeedModule {}
