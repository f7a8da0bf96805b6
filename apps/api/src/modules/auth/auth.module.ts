import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditModule } from '../audit/audit.module';
import { OrgModule } from '../org/org.module';
// API keys live in auth (architecture.md: auth = sessions, API keys, roles), as any capability may
// take API-key calls; their admin URLs sit under /api/intake, the only scope a key grants today.
import { ApiKeysController } from './api-keys/api-keys.controller';
import { ApiKeysService } from './api-keys/api-keys.service';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { ApiKey } from './entities/api-key.entity';
import { Session } from './entities/session.entity';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { RedisThrottlerStorage } from './redis-throttler.storage';
import { SessionGuard } from './session.guard';
import { SessionService } from './session.service';

/** Staff sessions, the global guard that makes every route declare who may call it, and API keys. */
@Module({
  imports: [TypeOrmModule.forFeature([Session, ApiKey]), OrgModule, AuditModule],
  controllers: [AuthController, ApiKeysController],
  providers: [
    AuthService,
    SessionService,
    RedisThrottlerStorage,
    LoginRateLimitGuard,
    ApiKeysService,
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  // ApiKeysService: what ApiKeyGuard needs in the modules whose routes use @RequireApiKeyScope
  exports: [SessionService, RedisThrottlerStorage, ApiKeysService],
})
export class AuthModule {}
