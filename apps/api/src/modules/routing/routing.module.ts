import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { RoutingRule } from './rules/entities/routing-rule.entity';
import { RoutingRulesController } from './rules/routing-rules.controller';
import { RoutingRulesService } from './rules/routing-rules.service';
import { RoutingSettingsModule } from './settings/routing-settings.module';

/** Routing rules (storage, editing, "test this rule") and settings; RoutingWorkerModule applies them to new items. */
@Module({
  imports: [TypeOrmModule.forFeature([RoutingRule]), AuditModule, RoutingSettingsModule],
  controllers: [RoutingRulesController],
  providers: [RoutingRulesService],
  exports: [RoutingRulesService],
})
export class RoutingModule {}
