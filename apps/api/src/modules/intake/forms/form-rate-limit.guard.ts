import { type CanActivate, type ExecutionContext, Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { enforceFailOpenRateLimit } from '../../auth/fail-open-rate-limit';
import { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';

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

  canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    return enforceFailOpenRateLimit(context, this.storage, { key: formThrottleKey(request), limit: this.config.FORM_RATE_LIMIT, name: 'form', logger: this.logger });
  }
}
