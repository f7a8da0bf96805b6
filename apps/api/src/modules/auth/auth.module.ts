import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrgModule } from '../org/org.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { Session } from './entities/session.entity';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { SessionGuard } from './session.guard';
import { SessionService } from './session.service';

/** Staff sessions and the global guard that makes every route declare who may call it. */
@Module({
  imports: [TypeOrmModule.forFeature([Session]), OrgModule, AuditModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    RedisThrottlerStorage,
    LoginRateLimitGuard,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [SessionService, RedisThrottlerStorage],
})
export class AuthModule {}
