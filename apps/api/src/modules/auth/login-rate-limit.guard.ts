import { type CanActivate, type ExecutionContext, HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { hashSecretToken } from '../../common/auth/secret-token';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { loginAttempts } from '../../metrics/metrics.registry';
import { RedisThrottlerStorage } from './redis-throttler.storage';

const WINDOW_MS = 60_000;

/** The rate-limit keys of a login attempt: its IP and (hashed, not to keep emails in Redis) its email. */
export function loginThrottleKeys(ip: string, body: unknown): string[] {
  const email = (body as { email?: unknown } | undefined)?.email;
  const keys = [`ip:${ip}`];
  if (typeof email === 'string' && email.trim()) keys.push(`email:${hashSecretToken(email.trim().toLowerCase())}`);
  return keys;
}

/**
 * At most LOGIN_RATE_LIMIT attempts per minute per IP and per email, across all API processes;
 * beyond that 429 with Retry-After until the minute's block ends.
 */
@Injectable()
export class LoginRateLimitGuard implements CanActivate {
  constructor(
    private readonly storage: RedisThrottlerStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const limit = this.config.LOGIN_RATE_LIMIT;
    const records = await Promise.all(
      loginThrottleKeys(request.ip, request.body).map((key) => this.storage.increment(key, WINDOW_MS, limit, WINDOW_MS, 'login')),
    );
    const blocked = records.filter((r) => r.isBlocked);
    if (blocked.length === 0) return true;
    loginAttempts.inc({ outcome: 'rate_limited' });
    const retryAfter = Math.max(1, ...blocked.map((r) => r.timeToBlockExpire));
    void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
    throw new HttpException({ message: `Too many sign-in attempts; try again in ${retryAfter} seconds` }, HttpStatus.TOO_MANY_REQUESTS);
  }
}
