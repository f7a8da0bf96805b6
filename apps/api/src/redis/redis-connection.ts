import type { RedisOptions } from 'ioredis';

/** ioredis/BullMQ connection options from a redis:// or rediss:// URL. */
export function redisConnectionOptions(redisUrl: string): RedisOptions {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    username: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    db: url.pathname.length > 1 ? Number(url.pathname.slice(1)) : 0,
    tls: url.protocol === 'rediss:' ? {} : undefined,
    // BullMQ requires this for blocking connections; harmless for ours.
    maxRetriesPerRequest: null,
  };
}
