import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { RoutingSettingsModule } from '../routing/settings/routing-settings.module';
import { SlaModule } from '../routing/sla/sla.module';
import { AssignmentService } from './assignment/assignment.service';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseOpeningService } from './case-opening.service';
import { CaseQueriesService } from './case-queries.service';
import { CasesController } from './cases.controller';
import { CaseEvent } from './entities/case-event.entity';
import { CaseItem } from './entities/case-item.entity';
import { Case } from './entities/case.entity';
import { SlaTimersService } from './sla/sla-timers.service';

/** Cases: opening and filing (for routing), the inbox and case view, reassignment and status, SLA timers. */
@Module({
  imports: [TypeOrmModule.forFeature([Case, CaseItem, CaseEvent]), SlaModule, RoutingSettingsModule, AuditModule],
  controllers: [CasesController],
  providers: [AssignmentService, CaseOpeningService, CaseQueriesService, CaseLifecycleService, SlaTimersService],
  exports: [CaseOpeningService, SlaTimersService],
})
export class CasesModule {}
