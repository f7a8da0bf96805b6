import { Module, type OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module';
import { BusinessHoursService } from './business-hours.service';
import { DepartmentBusinessHours } from './entities/department-business-hours.entity';
import { SlaPolicy } from './entities/sla-policy.entity';
import { SlaPoliciesService } from './sla-policies.service';
import { SlaPlanner } from './sla-planner.service';
import { SlaController } from './sla.controller';

/** SLA policies and department business hours; SlaPlanner.plan gives a case's due times. */
@Module({
  imports: [TypeOrmModule.forFeature([SlaPolicy, DepartmentBusinessHours]), AuditModule],
  controllers: [SlaController],
  providers: [SlaPoliciesService, BusinessHoursService, SlaPlanner],
  exports: [SlaPoliciesService, BusinessHoursService, SlaPlanner],
})
export class SlaModule implements OnApplicationBootstrap {
  constructor(private readonly policies: SlaPoliciesService) {}

  /** Seeds the standard policy once (idempotent). */
  onApplicationBootstrap(): Promise<void> {
    return this.policies.ensureDefault();
  }
}
