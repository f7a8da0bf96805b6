import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CasesModule } from '../cases/cases.module';
import { CommunicationsModule } from '../communications/communications.module';
import { InitiativesModule } from '../initiatives/initiatives.module';
import { Surge } from './entities/surge.entity';
import { SurgeAlertsService } from './surge-alerts.service';
import { SurgeDetectionService } from './surge-detection.service';
import { SurgeIncidentsService } from './surge-incidents.service';
import { SurgesController } from './surges.controller';
import { SurgesService } from './surges.service';

/** Surges: detection (for the worker), alerts, and the incident they become. */
@Module({
  imports: [TypeOrmModule.forFeature([Surge]), CommunicationsModule, InitiativesModule, CasesModule],
  controllers: [SurgesController],
  providers: [SurgesService, SurgeDetectionService, SurgeAlertsService, SurgeIncidentsService],
  exports: [SurgeDetectionService],
})
export class SurgesModule {}
