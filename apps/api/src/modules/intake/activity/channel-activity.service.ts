import { Inject, Injectable, Logger } from '@nestjs/common';
import { CHANNELS, type Channel, type ChannelDelivery } from '@fullcircle/shared';
import type { Redis } from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { REDIS } from '../../../redis/redis.module';

const RECENT_PER_CHANNEL = 50;
const COUNT_TTL_SECONDS = 26 * 3600;
const DETAIL_MAX = 300;

export type DeliveryRecord = Omit<ChannelDelivery, 'at' | 'detail' | 'source' | 'feedbackId'> &
  Partial<Pick<ChannelDelivery, 'detail' | 'source' | 'feedbackId'>>;

const hourOf = (ms: number) => Math.floor(ms / 3_600_000);

/**
 * Recent deliveries and error counts per channel, for Settings → Channels. Kept in Redis, capped,
 * and best effort: recording never delays or fails an intake (with Redis down nothing is kept).
 */
@Injectable()
export class ChannelActivityService {
  private readonly logger = new Logger(ChannelActivityService.name);
  private lastWarning = 0;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  record(delivery: DeliveryRecord): void {
    const entry: ChannelDelivery = {
      at: new Date().toISOString(),
      detail: delivery.detail ? delivery.detail.slice(0, DETAIL_MAX) : null,
      source: delivery.source ?? null,
      feedbackId: delivery.feedbackId ?? null,
      channel: delivery.channel,
      outcome: delivery.outcome,
      status: delivery.status,
    };
    const counter = this.countKey(delivery.channel, delivery.outcome, hourOf(Date.now()));
    this.redis
      .multi()
      .lpush(this.recentKey(delivery.channel), JSON.stringify(entry))
      .ltrim(this.recentKey(delivery.channel), 0, RECENT_PER_CHANNEL - 1)
      .incr(counter)
      .expire(counter, COUNT_TTL_SECONDS)
      .exec()
      .catch((error: Error) => this.warn(error));
  }

  /** Newest first, and the last 24 hours' counts; empty when Redis cannot be reached. */
  async read(channel: Channel, limit = 20): Promise<{ recent: ChannelDelivery[]; accepted24h: number; rejected24h: number }> {
    try {
      const hour = hourOf(Date.now());
      const hours = Array.from({ length: 24 }, (_, i) => hour - i);
      const [recent, accepted, rejected] = await Promise.all([
        this.redis.lrange(this.recentKey(channel), 0, limit - 1),
        this.redis.mget(hours.map((h) => this.countKey(channel, 'accepted', h))),
        this.redis.mget(hours.map((h) => this.countKey(channel, 'rejected', h))),
      ]);
      const sum = (values: (string | null)[]) => values.reduce((total, v) => total + Number(v ?? 0), 0);
      return { recent: recent.map((r) => JSON.parse(r) as ChannelDelivery), accepted24h: sum(accepted), rejected24h: sum(rejected) };
    } catch (error) {
      this.warn(error as Error);
      return { recent: [], accepted24h: 0, rejected24h: 0 };
    }
  }

  async readAll(limit = 20): Promise<Map<Channel, Awaited<ReturnType<ChannelActivityService['read']>>>> {
    const entries = await Promise.all(CHANNELS.map(async (c) => [c, await this.read(c, limit)] as const));
    return new Map(entries);
  }

  // Under QUEUE_PREFIX, the deployment's Redis namespace.
  private recentKey(channel: Channel): string {
    return `${this.config.QUEUE_PREFIX}:channel-activity:${channel}:recent`;
  }

  /** Hourly buckets, so "last 24 h" is the sum of 24 small counters. */
  private countKey(channel: Channel, outcome: ChannelDelivery['outcome'], hour: number): string {
    return `${this.config.QUEUE_PREFIX}:channel-activity:${channel}:${outcome}:${hour}`;
  }

  private warn(error: Error): void {
    if (Date.now() - this.lastWarning < 60_000) return;
    this.lastWarning = Date.now();
    this.logger.warn(`channel activity not recorded: ${error.message}`);
  }
}
