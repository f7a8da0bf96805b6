import { type ExecutionContext, HttpException, HttpStatus, type Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { RedisThrottlerStorage } from './redis-throttler.storage';

const WINDOW_MS = 60_000;

/**
 * A per-minute limit for public intake routes, shared by every API process through Redis: beyond
 * `limit` a 429 with Retry-After. Fails open: with Redis down the request goes through, because
 * intake keeps accepting without Redis and a customer's answer matters more than the limit.
 */
export async function enforceFailOpenRateLimit(
  context: ExecutionContext,
  storage: RedisThrottlerStorage,
  options: { key: string; limit: number; name: string; logger: Logger },
): Promise<true> {
  let record: Awaited<ReturnType<RedisThrottlerStorage['increment']>>;
  try {
    record = await storage.increment(options.key, WINDOW_MS, options.limit, WINDOW_MS, options.name);
  } catch (err) {
    options.logger.warn({ err }, `${options.name} rate limit unavailable (Redis); letting the request through`);
    return true;
  }
  if (!record.isBlocked) return true;
  const retryAfter = Math.max(1, record.timeToBlockExpire);
  void context.switchToHttp().getResponse<FastifyReply>().header('Retry-After', String(retryAfter));
  throw new HttpException({ message: `Too many answers from this address; try again in ${retryAfter} seconds` }, HttpStatus.TOO_MANY_REQUESTS);
}
