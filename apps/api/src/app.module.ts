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
import { FormsModule } from './modules/intake/forms/forms.module';
import { OrgModule } from './modules/org/org.module';
import { DemoSeedModule } from './modules/org/seed/demo-seed.module';
import { DemoFeedbackSeedModule } from './modules/intake/seed/demo-feedback-seed.module';
import { EmailIntakeModule } from './modules/intake/email/email-intake.module';
import { EmailDemoSeedModule } from './modules/intake/email/email-demo-seed.module';
import { WebhookSourcesModule } from './modules/intake/webhook-sources/webhook-sources.module';
import { CsvImportModule } from './modules/intake/csv-import/csv-import.module';
import { CsvImportDemoSeedModule } from './modules/intake/csv-import/csv-import-demo-seed.module';
import { WebhookDemoSeedModule } from './modules/intake/webhook-sources/seed/webhook-demo-seed.module';
import { InfrastructureModule } from './infrastructure.module';
import { EnrichmentApiModule } from './modules/enrichment/enrichment-api.module';
import { SurveysModule } from './modules/surveys/surveys.module';
import { DemoSurveysSeedModule } from './modules/surveys/seed/demo-surveys-seed.module';
import { DemoFormsSeedModule } from './modules/intake/forms/seed/demo-forms-seed.module';
import { SlaModule } from './modules/routing/sla/sla.module';
import { RoutingModule } from './modules/routing/routing.module';
import { CasesModule } from './modules/cases/cases.module';
import { DemoRoutingRulesSeedModule } from './modules/routing/seed/demo-routing-rules-seed.module';
import { CommunicationsModule } from './modules/communications/communications.module';
import { FeedModule } from './modules/communications/feed/feed.module';
import { NotificationsModule } from './modules/communications/notifications/notifications.module';
import { DemoTemplatesSeedModule } from './modules/communications/seed/demo-templates-seed.module';
import { DemoFeedSeedModule } from './modules/communications/seed/demo-feed-seed.module';
import { SurgesModule } from './modules/surges/surges.module';
import { PortalModule } from './modules/portal/portal.module';
import { InitiativesModule } from './modules/initiatives/initiatives.module';
import { BoardModule } from './modules/initiatives/board/board.module';
import { DemoInitiativesSeedModule } from './modules/initiatives/seed/demo-initiatives-seed.module';
import { PortalExportModule } from './modules/portal/export/portal-export.module';
import { PortalErasureModule } from './modules/portal/erasure/portal-erasure.module';

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
    FormsModule,
    SlaModule,
    RoutingModule,
    CasesModule,
    CommunicationsModule,
    NotificationsModule,
    FeedModule,
    PortalModule,
    InitiativesModule,
    DemoSeedModule,
    DemoTemplatesSeedModule,
    // after DemoSeedModule: the rules point at the demo departments
    DemoRoutingRulesSeedModule,
    // after DemoSeedModule: entries name demo departments and people
    DemoFeedSeedModule,
    DemoFeedbackSeedModule,
    EmailIntakeModule,
    // after DemoFeedbackSeedModule: it seeds only once the general demo feedback exists
    EmailDemoSeedModule,
    WebhookSourcesModule,
    CsvImportModule,
    // after DemoFeedbackSeedModule, like the email seed
    WebhookDemoSeedModule,
    SurveysModule,
    EnrichmentApiModule,
    // after DemoFeedbackSeedModule too: that seed runs only while there is no feedback at all
    DemoSurveysSeedModule,
    // after DemoFeedbackSeedModule: the demo CSV import is queued only once the general demo feedback exists
    CsvImportDemoSeedModule,
    // after DemoFeedbackSeedModule too, for the same reason
    DemoFormsSeedModule,
    SurgesModule,
    BoardModule,
    // after DemoSeedModule and DemoFeedbackSeedModule: links the demo feedback, owned by demo staff
    DemoInitiativesSeedModule,
    PortalExportModule,
    PortalErasureModule,
  ],
  providers: [
    { provide: APP_FILTER, useClass: AllExceptionsFilter },
    { provide: APP_PIPE, useFactory: createValidationPipe },
  ],
})
export class AppModule {}
