import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { enforceFailOpenRateLimit } from '../auth/fail-open-rate-limit';
import { RedisThrottlerStorage } from '../auth/redis-throttler.storage';

/**
 * At most SURVEY_ANSWER_RATE_LIMIT answers a minute from one IP, across all API processes. With
 * Redis down it lets answers through: intake keeps accepting without Redis, and a customer's
 * answer matters more than the limit.
 */
@Injectable()
export class SurveyAnswerRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(SurveyAnswerRateLimitGuard.name);

  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return enforceFailOpenRateLimit(context, this.storage, {
      key: `ip:${request.ip}`,
      limit: this.config.SURVEY_ANSWER_RATE_LIMIT,
      name: 'survey-answer',
      logger: this.logger,
    });
  }
}
