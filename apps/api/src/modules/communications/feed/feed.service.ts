import { ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { listFeedQuerySchema, type CaseStatus, type FeedEntryDto, type FeedPage, type ListFeedQuery, type PostFeedEntryRequest, type SessionUser } from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { fieldInvalid } from '../../../common/http/field-errors';
import { canSeeCase } from '../../cases/case-permissions';
import { FeedEntry } from '../entities/feed-entry.entity';
import { FEED_ENTRY_COLUMNS, FEED_ENTRY_JOINS, type FeedEntryRow, feedVisibility, readsWholeFeed, toFeedEntryDto } from './feed-entry-query';

type FeedQuery = ReturnType<typeof listFeedQuerySchema.parse>;

/** 403 naming the field, in the shape of validation errors, so the form can point at it. */
function fieldForbidden(field: string, message: string): ForbiddenException {
  return new ForbiddenException({ message: `${field} ${message}`, issues: [{ field, message }] });
}

/** The internal feed: reading what colleagues may see, and owners' and leaders' own posts. */
@Injectable()
export class FeedService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Newest first, keyset-paged on (created_at, id) so a page stays fast however long the feed grows. */
  async list(user: SessionUser, query: ListFeedQuery): Promise<FeedPage> {
    const q = query as FeedQuery;
    const params: unknown[] = [];
    const where = [feedVisibility(user, params)];
    if (q.scope === 'company') where.push('f.department_id IS NULL');
    else if (q.scope) {
      if (!readsWholeFeed(user) && !user.departmentIds.includes(q.scope)) throw fieldForbidden('scope', 'is a department you do not belong to');
      params.push(q.scope);
      where.push(`f.department_id = $${params.length}`);
    }
    if (q.kind) {
      params.push(q.kind);
      where.push(`f.kind = $${params.length}`);
    }
    if (q.cursor) {
      const [at, id] = decodeCursor(q.cursor);
      params.push(at, id);
      where.push(`(f.created_at, f.id) < ($${params.length - 1}::timestamptz, $${params.length}::uuid)`);
    }
    const rows: FeedEntryRow[] = await this.dataSource.query(
      `SELECT ${FEED_ENTRY_COLUMNS} ${FEED_ENTRY_JOINS} WHERE ${where.join(' AND ')} ORDER BY f.created_at DESC, f.id DESC LIMIT ${q.limit + 1}`,
      params,
    );
    const page = rows.slice(0, q.limit);
    const last = page.at(-1);
    return { entries: page.map(toFeedEntryDto), nextCursor: rows.length > q.limit && last ? encodeCursor(last) : null };
  }

  /** Owners post to their departments; admins and executives to any department or company-wide. */
  async post(user: SessionUser, body: PostFeedEntryRequest): Promise<FeedEntryDto> {
    const leader = readsWholeFeed(user);
    if (body.departmentId === null && !leader) throw fieldForbidden('departmentId', 'must be one of your departments: only admins and executives post company-wide');
    if (body.departmentId !== null && !leader && !user.departmentIds.includes(body.departmentId)) {
      throw fieldForbidden('departmentId', 'is a department you do not belong to');
    }
    return this.dataSource.transaction(async (manager) => {
      if (body.departmentId !== null) {
        const [known] = await manager.query('SELECT 1 FROM department WHERE id = $1', [body.departmentId]);
        if (!known) throw fieldInvalid('departmentId', 'is not a known department');
      }
      if (body.caseId) {
        const [c]: { status: CaseStatus; department_id: string | null; assignee_id: string | null }[] = await manager.query(
          'SELECT status, department_id, assignee_id FROM cases WHERE id = $1',
          [body.caseId],
        );
        // A case the author may not see is reported like a missing one: its existence stays private.
        if (!c || !canSeeCase(user, { status: c.status, departmentId: c.department_id, assigneeId: c.assignee_id })) {
          throw fieldInvalid('caseId', 'is not a case you can see');
        }
      }
      const saved = await manager.save(
        manager.create(FeedEntry, {
          kind: body.kind,
          departmentId: body.departmentId,
          title: body.title,
          body: body.body,
          caseId: body.caseId ?? null,
          personId: null,
          authorId: user.id,
          dedupeKey: null,
        }),
      );
      const [row]: FeedEntryRow[] = await manager.query(`SELECT ${FEED_ENTRY_COLUMNS} ${FEED_ENTRY_JOINS} WHERE f.id = $1`, [saved.id]);
      return toFeedEntryDto(row);
    });
  }
}

function encodeCursor(row: FeedEntryRow): string {
  return Buffer.from(JSON.stringify([row.created_key, row.id])).toString('base64url');
}

function decodeCursor(cursor: string): [string, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)$/.test(value[0]) &&
      typeof value[1] === 'string' &&
      /^[0-9a-f-]{36}$/i.test(value[1])
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through: reported below
  }
  throw fieldInvalid('cursor', 'is not a cursor this feed handed out');
}
