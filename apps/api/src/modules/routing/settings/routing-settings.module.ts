import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../../audit/audit.module';
import { RoutingSettingsRow } from './entities/routing-settings.entity';
import { RoutingSettingsController } from './routing-settings.controller';
import { RoutingSettingsService } from './routing-settings.service';

/** The organisation's routing settings (auto-route threshold, default assignment). */
@Module({
  imports: [TypeOrmModule.forFeature([RoutingSettingsRow]), AuditModule],
  controllers: [RoutingSettingsController],
  providers: [RoutingSettingsService],
  exports: [RoutingSettingsService],
})
export class RoutingSettingsModule {}
