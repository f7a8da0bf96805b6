import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { CommunicationsModule } from '../communications/communications.module';
import { RoutingSettingsModule } from '../routing/settings/routing-settings.module';
import { SlaModule } from '../routing/sla/sla.module';
import { AssignmentService } from './assignment/assignment.service';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseOpeningService } from './case-opening.service';
import { CaseQueriesService } from './case-queries.service';
import { CasesController } from './cases.controller';
import { CaseBulkService } from './case-bulk.service';
import { CaseMergeService } from './case-merge.service';
import { CaseRepliesService } from './case-replies.service';
import { CaseResolutionService } from './case-resolution.service';
import { CaseActionsController } from './case-actions.controller';
import { CaseActionsService } from './case-actions.service';
import { CaseChangesSubscriber } from './case-changes.subscriber';
import { CaseContextController } from './case-context.controller';
import { CaseContextService } from './case-context.service';
import { CaseNotesController } from './case-notes.controller';
import { CaseNotesService } from './case-notes.service';
import { CaseStreamController } from './case-stream.controller';
import { CaseStreamService } from './case-stream.service';
import { SavedViewsController } from './saved-views.controller';
import { SavedViewsService } from './saved-views.service';
import { SavedView } from './entities/saved-view.entity';
import { CaseEvent } from './entities/case-event.entity';
import { CaseItem } from './entities/case-item.entity';
import { Case } from './entities/case.entity';
import { SlaTimersService } from './sla/sla-timers.service';

/** Cases: opening and filing (for routing), the inbox and case view, reassignment and status, SLA timers. */
@Module({
  imports: [TypeOrmModule.forFeature([Case, CaseItem, CaseEvent, SavedView]), SlaModule, RoutingSettingsModule, AuditModule, CommunicationsModule],
  controllers: [CasesController, CaseNotesController, CaseActionsController, CaseContextController, SavedViewsController, CaseStreamController],
  providers: [AssignmentService, CaseOpeningService, CaseQueriesService, CaseLifecycleService, SlaTimersService, CaseNotesService, CaseActionsService, CaseContextService, SavedViewsService, CaseStreamService, CaseChangesSubscriber, CaseRepliesService, CaseResolutionService, CaseMergeService, CaseBulkService],
  exports: [CaseOpeningService, SlaTimersService, CaseResolutionService],
})
export class CasesModule {}
