import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { RoutingRule } from './rules/entities/routing-rule.entity';
import { RoutingRulesController } from './rules/routing-rules.controller';
import { RoutingRulesService } from './rules/routing-rules.service';

/** Routing rules: storage, editing and "test this rule". Applying them to new items is another step. */
@Module({
  imports: [TypeOrmModule.forFeature([RoutingRule]), AuditModule],
  controllers: [RoutingRulesController],
  providers: [RoutingRulesService],
  exports: [RoutingRulesService],
})
export class RoutingModule {}
