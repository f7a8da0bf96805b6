import { Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { AllExceptionsFilter } from './common/http/all-exceptions.filter';
import { createValidationPipe } from './common/http/validation.pipe';
import { MetricsModule } from './metrics/metrics.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { CustomersModule } from './modules/customers/customers.module';
import { HealthModule } from './modules/health/health.module';
import { ChannelActivityModule } from './modules/intake/activity/channel-activity.module';
import { IntakeModule } from './modules/intake/intake.module';
import { OrgModule } from './modules/org/org.module';
import { DemoSeedModule } from './modules/org/seed/demo-seed.module';
import { DemoFeedbackSeedModule } from './modules/intake/seed/demo-feedback-seed.module';
import { InfrastructureModule } from './infrastructure.module';

/** The HTTP process. Processors are not loaded here: they run in WorkerModule. */
@Module({
  imports: [
    InfrastructureModule,
    HealthModule,
    MetricsModule,
    AuditModule,
    AuthModule,
    OrgModule,
    CustomersModule,
    ChannelActivityModule,
    IntakeModule,
    DemoSeedModule,
    DemoFeedbackSeedModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
