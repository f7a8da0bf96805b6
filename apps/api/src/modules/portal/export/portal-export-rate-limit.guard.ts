import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';
import type { CustomerRequest } from '../auth/customer-session.guard';

const WINDOW_MS = 60 * 60_000;

/**
 * A data export walks every table that mentions the customer: at most PORTAL_EXPORT_RATE_LIMIT
 * an hour per customer (a fixed window shared by every API process through Redis); beyond that 429 with
 * Retry-After. Runs after CustomerSessionGuard, which puts the customer on the request. Fails open:
 * with Redis down the export goes through, since a customer's right to their data matters more
 * than the limit.
 */
@Injectable()
export class PortalExportRateLimitGuard implements CanActivate {
  private readonly logger = new Logger(PortalExportRateLimitGuard.name);

  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const customerId = context.switchToHttp().getRequest<CustomerRequest>().customer?.customerId;
    if (!customerId) return true; // CustomerSessionGuard answers 401 first; nothing to count
    let record: Awaited<ReturnType<RedisThrottlerStorage['increment']>>;
    try {
      record = await this.storage.increment(`customer:${customerId}`, WINDOW_MS, this.config.PORTAL_EXPORT_RATE_LIMIT, WINDOW_MS, 'portal-export');
    } catch (err) {
      this.logger.warn({ err }, 'portal export rate limit unavailable (Redis); letting the export through');
      return true;
    }
    if (!record.isBlocked) return true;
    const retryAfter = Math.max(1, record.timeToBlockExpire);
    void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
    throw new HttpException(
      { message: `Too many exports; try again in ${Math.ceil(retryAfter / 60)} minutes` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
