import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Role } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../../config/app-config';
import { CommunicationsService } from '../communications.service';
import { digestText, isoWeek } from './feed-digest-text';
import { FEED_ENTRY_COLUMNS, FEED_ENTRY_JOINS, type FeedEntryRow, feedVisibility, toFeedEntryDto } from './feed-entry-query';

const WEEK_MS = 7 * 86_400_000;

interface Reader {
  id: string;
  name: string;
  role: Role;
  department_ids: string[];
}

/** The weekly email of the feed, for colleagues who asked for it (Monday morning, job scheduler). */
@Injectable()
export class FeedDigestService {
  private readonly logger = new Logger(FeedDigestService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly communications: CommunicationsService,
  ) {}

  /**
   * One digest per reader per ISO week (the dedupe key), each with the last seven days of entries
   * that reader may see; a week with nothing for them sends nothing. Returns how many were queued now.
   */
  async sendWeekly(now = new Date()): Promise<number> {
    const readers: Reader[] = await this.dataSource.query(
      `SELECT u.id, u.name, u.role, COALESCE(array_agg(m.department_id) FILTER (WHERE m.department_id IS NOT NULL), '{}') AS department_ids
         FROM communication_preferences p
         JOIN app_user u ON u.id = p.user_id
         LEFT JOIN department_membership m ON m.user_id = u.id
        WHERE p.feed_digest AND u.status = 'active' AND u.email IS NOT NULL
        GROUP BY u.id ORDER BY u.id`,
    );
    const week = isoWeek(now);
    const since = new Date(now.getTime() - WEEK_MS);
    const feedUrl = `${(this.config.PUBLIC_URL ?? `http://localhost:${this.config.PORT}`).replace(/\/+$/, '')}/feed`;
    let queued = 0;
    for (const reader of readers) {
      // One transaction per reader: a failure retries the job, and the dedupe key skips the ones already queued.
      await this.dataSource.transaction(async (manager) => {
        const params: unknown[] = [since, now];
        const visible = feedVisibility({ role: reader.role, departmentIds: reader.department_ids }, params);
        const rows: FeedEntryRow[] = await manager.query(
          `SELECT ${FEED_ENTRY_COLUMNS} ${FEED_ENTRY_JOINS}
            WHERE ${visible} AND f.created_at > $1 AND f.created_at <= $2
            ORDER BY f.created_at DESC, f.id DESC LIMIT 200`,
          params,
        );
        if (!rows.length) return;
        const { subject, body } = digestText({ recipientName: reader.name, week, entries: rows.map(toFeedEntryDto), feedUrl });
        const id = await this.communications.queueStaffEmail(manager, { userId: reader.id, subject, body, purpose: 'digest', dedupeKey: `digest:${reader.id}:${week}` });
        if (id) queued += 1;
      });
    }
    this.logger.log(`feed digest ${week}: ${queued} of ${readers.length} opted-in colleague(s) had something to read`);
    return queued;
  }
}
