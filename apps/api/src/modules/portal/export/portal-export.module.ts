import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { AuthModule } from '../../auth/auth.module';
import { PortalAuthModule } from '../auth/portal-auth.module';
import { CustomerExportController } from './customer-export.controller';
import { CustomerExportService } from './customer-export.service';
import { PortalExportController } from './portal-export.controller';
import { PortalExportRateLimitGuard } from './portal-export-rate-limit.guard';

/** The customer's data export (portal self-service and staff-handled requests). */
@Module({
  imports: [PortalAuthModule, AuditModule, AuthModule],
  controllers: [PortalExportController, CustomerExportController],
  providers: [CustomerExportService, PortalExportRateLimitGuard],
})
export class PortalExportModule {}
