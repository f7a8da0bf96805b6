import { Module } from '@nestjs/common';
import { AuditModule } from '../../audit/audit.module';
import { PortalAuthModule } from '../auth/portal-auth.module';
import { CustomerErasureController } from './customer-erasure.controller';
import { ErasureService } from './erasure.service';
import { PortalErasureController } from './portal-erasure.controller';
import { QueuePurgeService } from './queue-purge.service';

/** The right to erasure (portal self-service and staff-handled requests). */
@Module({
  imports: [PortalAuthModule, AuditModule],
  controllers: [PortalErasureController, CustomerErasureController],
  providers: [ErasureService, QueuePurgeService],
})
export class PortalErasureModule {}
