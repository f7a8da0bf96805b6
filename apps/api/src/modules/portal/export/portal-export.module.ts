import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { PortalAuthModule } from '../auth/portal-auth.module';
import { CustomerExportController } from './customer-export.controller';
import { CustomerExportService } from './customer-export.service';
import { PortalExportController } from './portal-export.controller';

/** The customer's data export (portal self-service and staff-handled requests). */
@Module({
  imports: [PortalAuthModule, AuditModule],
  controllers: [PortalExportController, CustomerExportController],
  providers: [CustomerExportService],
})
export class PortalExportModule {}
