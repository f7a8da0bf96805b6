import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';

const WINDOW_MS = 60_000;

/** Per IP and form (chat messages: per IP), so one noisy visitor cannot drown a form. */
export function formThrottleKey(request: FastifyRequest): string {
  const slug = (request.params as { slug?: unknown } | undefined)?.slug;
  return `${request.ip}:${typeof slug === 'string' ? `form:${slug.slice(0, 80)}` : 'chat'}`;
}

/**
 * At most FORM_RATE_LIMIT answers per minute per IP and form, across API processes; beyond that
 * 429 with Retry-After. Fails open: with Redis down, intake keeps accepting (nothing lost beats
 * a limit).
 */
@Injectable()
export class FormRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(FormRateLimitGuard.name);

  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const limit = this.config.FORM_RATE_LIMIT;
    let record: Awaited<ReturnType<RedisThrottlerStorage['increment']>>;
    try {
      record = await this.storage.increment(formThrottleKey(request), WINDOW_MS, limit, WINDOW_MS, 'form');
    } catch (err) {
      this.logger.warn({ err }, 'form rate limit unavailable (Redis); letting the answer through');
      return true;
    }
    if (!record.isBlocked) return true;
    const retryAfter = Math.max(1, record.timeToBlockExpire);
    void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
    throw new HttpException({ message: `Too many answers from this address; try again in ${retryAfter} seconds` }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
