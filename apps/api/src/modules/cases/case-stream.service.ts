import { type BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CaseChangeEvent, SessionUser } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { Redis } from 'ioredis';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { redisConnectionOptions } from '../../redis/redis-connection';
import { caseChangesChannel } from './case-changes.subscriber';
import { canSeeCase } from './case-permissions';

/** Proxies drop a silent connection after a minute or so; a comment line keeps it open. */
export const HEARTBEAT_MS = 25_000;

/**
 * GET /api/cases/stream: Server-Sent Events of the case changes a reader may see. One Redis
 * subscriber connection per API process (opened with the first stream), fanned out in memory.
 */
@Injectable()
export class CaseStreamService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(CaseStreamService.name);
  private readonly changes = new Subject<CaseChangeEvent>();
  private readonly open = new Set<() => void>();
  private subscriber: Redis | null = null;
  private listening: Promise<void> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async stream(user: SessionUser, reply: FastifyReply): Promise<void> {
    await this.listen();
    const granted = new Set<string>(
      (await this.dataSource.query('SELECT case_id FROM case_grant WHERE user_id = $1', [user.id])).map((r: { case_id: string }) => r.case_id),
    );
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache, no-transform',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
    });
    res.write(': connected\n\n');
    // One event at a time, so a grant looked up for an earlier event is known to the next.
    let queue = Promise.resolve();
    const subscription = this.changes.subscribe((change) => {
      queue = queue
        .then(async () => {
          if (await this.visible(user, change, granted)) res.write(`data: ${JSON.stringify(change)}\n\n`);
        })
        .catch((err: Error) => this.logger.warn(`Case stream: ${err.message}`));
    });
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS);
    const close = () => {
      if (!this.open.delete(close)) return;
      clearInterval(heartbeat);
      subscription.unsubscribe();
      res.end();
    };
    this.open.add(close);
    res.on('close', close);
  }

  beforeApplicationShutdown(): Promise<void> | void {
    for (const close of [...this.open]) close();
    const subscriber = this.subscriber;
    this.subscriber = null;
    this.listening = null;
    if (subscriber) return subscriber.quit().then(() => undefined, () => subscriber.disconnect());
  }

  /**
   * The reader's scope as in canSeeCase, where the case is now or was before a reassignment (so a
   * list drops it); a grant arrives with the mention's note, so only then is it looked up.
   */
  private async visible(user: SessionUser, change: CaseChangeEvent, granted: Set<string>): Promise<boolean> {
    // Only triage cases have no department (a check constraint), and the other statuses see alike.
    const sees = (p: { departmentId: string | null; assigneeId: string | null }) =>
      canSeeCase(user, { status: p.departmentId === null ? 'triage' : 'new', departmentId: p.departmentId, assigneeId: p.assigneeId });
    if (sees(change) || (change.previous && sees(change.previous)) || granted.has(change.caseId)) return true;
    if (!change.types.includes('note_added')) return false;
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM case_grant WHERE case_id = $1 AND user_id = $2', [change.caseId, user.id]);
    if (rows.length > 0) granted.add(change.caseId);
    return rows.length > 0;
  }

  private listen(): Promise<void> {
    this.listening ??= this.subscribe().catch((err: Error) => {
      this.listening = null;
      throw err;
    });
    return this.listening;
  }

  private async subscribe(): Promise<void> {
    const subscriber = new Redis({ ...redisConnectionOptions(this.config.REDIS_URL), lazyConnect: true });
    this.subscriber = subscriber;
    subscriber.on('error', (err: Error) => this.logger.warn(`Case changes subscriber: ${err.message}`));
    subscriber.on('message', (_channel: string, message: string) => {
      try {
        this.changes.next(JSON.parse(message) as CaseChangeEvent);
      } catch {
        this.logger.warn('Ignored a case change that is not JSON');
      }
    });
    try {
      await subscriber.connect();
      await subscriber.subscribe(caseChangesChannel(this.config.QUEUE_PREFIX));
    } catch (err) {
      this.subscriber = null;
      subscriber.disconnect();
      throw err;
    }
  }
}
