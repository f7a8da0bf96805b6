import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { RedisThrottlerStorage } from '../auth/redis-throttler.storage';

const WINDOW_MS = 60_000;

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

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const limit = this.config.SURVEY_ANSWER_RATE_LIMIT;
    let record: Awaited<ReturnType<RedisThrottlerStorage['increment']>>;
    try {
      record = await this.storage.increment(`ip:${request.ip}`, WINDOW_MS, limit, WINDOW_MS, 'survey-answer');
    } catch (err) {
      this.logger.warn(`Survey answer rate limit skipped, Redis unavailable: ${(err as Error).message}`);
      return true;
    }
    if (!record.isBlocked) return true;
    const retryAfter = Math.max(1, record.timeToBlockExpire);
    void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
    throw new HttpException({ message: `Too many answers from this address; try again in ${retryAfter} seconds` }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
