import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { CommunicationsModule } from '../communications/communications.module';
import { IntakeModule } from '../intake/intake.module';
import { PortalAuthController } from './auth/portal-auth.controller';
import { PortalAuthModule } from './auth/portal-auth.module';
import { PortalSignInRateLimitGuard } from './auth/portal-sign-in-rate-limit.guard';
import { PortalSignInService } from './auth/portal-sign-in.service';
import { PortalTokensService } from './auth/portal-tokens.service';
import { PortalController } from './portal.controller';
import { PortalMeService } from './portal-me.service';
import { PortalSelfServiceService } from './portal-self-service.service';

/** The customer portal: passwordless sign-in and self-service (export and erasure live beside it). */
@Module({
  // AuthModule: the Redis rate-limit storage the sign-in guard shares with staff login
  imports: [PortalAuthModule, AuthModule, AuditModule, CommunicationsModule, IntakeModule],
  controllers: [PortalAuthController, PortalController],
  providers: [PortalSignInService, PortalTokensService, PortalSignInRateLimitGuard, PortalMeService, PortalSelfServiceService],
  exports: [PortalMeService],
})
export class PortalModule {}
