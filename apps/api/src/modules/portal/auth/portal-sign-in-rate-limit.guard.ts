import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecretToken } from '../../../common/auth/secret-token';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';

const WINDOW_MS = 15 * 60_000;

/** The address a sign-in or verify body names, reduced so that spellings of one address share a count. */
export function addressKey(body: unknown): string | null {
  const b = (body ?? {}) as { email?: unknown; phone?: unknown };
  if (typeof b.email === 'string' && b.email.trim()) return `email:${hashSecretToken(b.email.trim().toLowerCase())}`;
  if (typeof b.phone === 'string') {
    const digits = b.phone.replace(/\D/g, '').replace(/^0+/, '');
    if (digits) return `phone:${hashSecretToken(digits.slice(-9))}`;
  }
  return null;
}

/**
 * Sign-in links and codes cost us a message and a customer an interruption: at most
 * PORTAL_SIGN_IN_RATE_LIMIT per address and PORTAL_SIGN_IN_IP_RATE_LIMIT per IP every 15 minutes
 * (shared by every API process through Redis); beyond that 429 with Retry-After. Also guards
 * verify, so codes cannot be guessed from one address at speed. Addresses are hashed in Redis.
 */
@Injectable()
export class PortalSignInRateLimitGuard implements CanActivate {
  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const route = request.url.includes('/verify') ? 'portal_verify' : 'portal_sign_in';
    const checks: [string, number][] = [[`ip:${request.ip}`, this.config.PORTAL_SIGN_IN_IP_RATE_LIMIT]];
    const address = addressKey(request.body);
    // On verify, each code already dies after a few wrong guesses: the per-address count only stops
    // spraying, so it gets the (higher) IP allowance and never cuts in before a code's own limit.
    if (address) checks.push([address, route === 'portal_verify' ? this.config.PORTAL_SIGN_IN_IP_RATE_LIMIT : this.config.PORTAL_SIGN_IN_RATE_LIMIT]);
    const records = await Promise.all(checks.map(([key, limit]) => this.storage.increment(key, WINDOW_MS, limit, WINDOW_MS, route)));
    const blocked = records.filter((r) => r.isBlocked);
    if (blocked.length === 0) return true;
    const retryAfter = Math.max(1, ...blocked.map((r) => r.timeToBlockExpire));
    void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
    throw new HttpException(
      { message: `Too many sign-in attempts; try again in ${Math.ceil(retryAfter / 60)} minutes` },
      HttpStatus.TOO_MANY_REQUESTS,
    );
  }
}
