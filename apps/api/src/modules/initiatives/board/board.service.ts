import { HttpException, HttpStatus, Injectable, Logger, NotFoundException } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import {
  listBoardQuerySchema,
  type BoardActionResult,
  type BoardCommentDto,
  type BoardInitiativeDetail,
  type BoardInitiativeSummary,
  type BoardList,
  type BoardPostedComment,
  type BoardTimelineEntry,
  type BoardViewerState,
  type InitiativeKind,
  type InitiativeStatus,
  type InitiativeUpdateKind,
  type ListBoardQuery,
  type PostBoardCommentRequest,
} from '@fullcircle/shared';
import { DataSource, type EntityManager, Repository } from 'typeorm';
import { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';
import { CustomerSessionService } from '../../portal/auth/customer-session.service';
import { InitiativeComment } from '../entities/initiative-comment.entity';
import { publicFirstName } from './board-names';

/** Comments a customer may post a minute: enough for a conversation, too few for a flood. */
export const BOARD_COMMENT_RATE_LIMIT = 5;
const MINUTE_MS = 60_000;
const NOT_FOUND = 'No public initiative with this id';

type BoardQuery = ReturnType<typeof listBoardQuerySchema.parse>;

interface SummaryRow {
  id: string;
  title: string;
  problem: string;
  status: InitiativeStatus;
  kind: InitiativeKind;
  votes: number;
  followers: number;
  comments: number;
  updated_at: Date;
  created_at: Date;
  target_date: string | null;
  outcome_note: string | null;
  viewer_voted?: boolean;
  viewer_following?: boolean;
  viewer_linked?: boolean;
}

// Votes are people, not clicks: a customer who voted and whose feedback is linked counts once (UNION).
// `customerParam` ($n of the signed-in customer) adds what that customer did on each initiative.
function summaryColumns(customerParam?: string): string {
  const viewer = customerParam
    ? `,
  EXISTS (SELECT 1 FROM initiative_vote v WHERE v.initiative_id = i.id AND v.customer_id = ${customerParam}) AS viewer_voted,
  EXISTS (SELECT 1 FROM initiative_follow f WHERE f.initiative_id = i.id AND f.customer_id = ${customerParam}) AS viewer_following,
  EXISTS (SELECT 1 FROM initiative_link l WHERE l.initiative_id = i.id AND l.customer_id = ${customerParam}) AS viewer_linked`
    : '';
  return `
  i.id, i.title, i.problem, i.status, i.kind, i.updated_at, i.created_at, i.target_date::text AS target_date, i.outcome_note,
  (SELECT count(*) FROM (
     SELECT v.customer_id FROM initiative_vote v WHERE v.initiative_id = i.id
     UNION SELECT l.customer_id FROM initiative_link l WHERE l.initiative_id = i.id) voters)::int AS votes,
  (SELECT count(*) FROM initiative_follow f WHERE f.initiative_id = i.id)::int AS followers,
  (SELECT count(*) FROM initiative_comment c WHERE c.initiative_id = i.id AND c.status = 'approved')::int AS comments${viewer}`;
}

/**
 * The public board: anyone reads public initiatives (never a private one, never a commenter's
 * contact details); a signed-in customer votes, follows and comments (comments wait for staff).
 */
@Injectable()
export class BoardService {
  private readonly logger = new Logger(BoardService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(InitiativeComment) private readonly comments: Repository<InitiativeComment>,
    private readonly throttle: RedisThrottlerStorage,
    private readonly sessions: CustomerSessionService,
  ) {}

  async list(query: ListBoardQuery, customerCookie: string | undefined): Promise<BoardList> {
    const q = query as BoardQuery;
    const customerId = await this.customerFromCookie(customerCookie);
    const params: unknown[] = customerId ? [customerId] : [];
    let where = 'i.is_public';
    if (q.status) {
      params.push(q.status);
      where += ` AND i.status = $${params.length}`;
    }
    const order = q.sort === 'recent' ? 'i.updated_at DESC, i.id' : 'votes DESC, i.updated_at DESC, i.id';
    const columns = summaryColumns(customerId ? '$1' : undefined);
    const rows: SummaryRow[] = await this.dataSource.query(`SELECT ${columns} FROM initiative i WHERE ${where} ORDER BY ${order} LIMIT ${q.limit}`, params);
    return { initiatives: rows.map(toSummary), signedIn: customerId !== null };
  }

  /** 404 for a private or unknown id alike: the board never tells whether a private initiative exists. */
  async detail(id: string, customerCookie: string | undefined): Promise<BoardInitiativeDetail> {
    const customerId = await this.customerFromCookie(customerCookie);
    const row = await this.publicRow(this.dataSource.manager, id, customerId);
    const [updates, comments] = await Promise.all([
      this.dataSource.query(`SELECT kind, message, created_at FROM initiative_update WHERE initiative_id = $1 ORDER BY created_at, id`, [id]) as Promise<
        { kind: InitiativeUpdateKind; message: string; created_at: Date }[]
      >,
      this.dataSource.query(
        `SELECT c.id, c.body, c.created_at, cu.name FROM initiative_comment c JOIN customer cu ON cu.id = c.customer_id
         WHERE c.initiative_id = $1 AND c.status = 'approved' ORDER BY c.created_at, c.id LIMIT 500`,
        [id],
      ) as Promise<{ id: string; body: string; created_at: Date; name: string | null }[]>,
    ]);
    const timeline: BoardTimelineEntry[] = [
      { kind: 'created', message: null, at: row.created_at.toISOString() },
      ...updates.map((u) => ({ kind: u.kind, message: u.message, at: u.created_at.toISOString() })),
    ];
    return {
      ...toSummary(row),
      targetDate: row.target_date,
      outcomeNote: row.outcome_note,
      createdAt: row.created_at.toISOString(),
      timeline,
      comments: comments.map(
        (c): BoardCommentDto => ({ id: c.id, authorName: publicFirstName(c.name), body: c.body, createdAt: c.created_at.toISOString() }),
      ),
    };
  }

  /** Idempotent: voting twice is one vote. */
  vote(id: string, customerId: string): Promise<BoardActionResult> {
    return this.act(id, customerId, (m) =>
      m.query('INSERT INTO initiative_vote (initiative_id, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, customerId]),
    );
  }

  /** Removes this customer's own vote only; a linked feedback still counts (it is their voice, not a click). */
  unvote(id: string, customerId: string): Promise<BoardActionResult> {
    return this.act(id, customerId, (m) => m.query('DELETE FROM initiative_vote WHERE initiative_id = $1 AND customer_id = $2', [id, customerId]));
  }

  follow(id: string, customerId: string): Promise<BoardActionResult> {
    return this.act(id, customerId, (m) =>
      m.query('INSERT INTO initiative_follow (initiative_id, customer_id) VALUES ($1, $2) ON CONFLICT DO NOTHING', [id, customerId]),
    );
  }

  unfollow(id: string, customerId: string): Promise<BoardActionResult> {
    return this.act(id, customerId, (m) => m.query('DELETE FROM initiative_follow WHERE initiative_id = $1 AND customer_id = $2', [id, customerId]));
  }

  /** The comment waits for moderation; at most BOARD_COMMENT_RATE_LIMIT a minute per customer. */
  async comment(id: string, customerId: string, body: PostBoardCommentRequest): Promise<BoardPostedComment> {
    await this.lockPublic(this.dataSource.manager, id);
    let record: Awaited<ReturnType<RedisThrottlerStorage['increment']>> | null = null;
    try {
      record = await this.throttle.increment(`customer:${customerId}`, MINUTE_MS, BOARD_COMMENT_RATE_LIMIT, MINUTE_MS, 'board-comment');
    } catch (err) {
      // Fails open like the intake limits: every comment waits for a moderator anyway.
      this.logger.warn({ err }, 'board comment rate limit unavailable (Redis); letting the comment through');
    }
    if (record?.isBlocked) {
      throw new HttpException({ message: `Too many comments; try again in ${Math.max(1, record.timeToBlockExpire)} seconds` }, HttpStatus.TOO_MANY_REQUESTS);
    }
    const saved = await this.comments.save(this.comments.create({ initiativeId: id, customerId, body: body.body, status: 'pending' }));
    return { id: saved.id, body: saved.body, status: saved.status, createdAt: saved.createdAt.toISOString() };
  }

  private async act(id: string, customerId: string, change: (manager: EntityManager) => Promise<unknown>): Promise<BoardActionResult> {
    return this.dataSource.transaction(async (manager) => {
      await this.lockPublic(manager, id);
      await change(manager);
      const row = await this.publicRow(manager, id, customerId);
      return { initiativeId: id, votes: row.votes, followers: row.followers, viewer: viewerOf(row)! };
    });
  }

  /** 404 unless public; FOR SHARE keeps it from going private or away while a vote is written. */
  private async lockPublic(manager: EntityManager, id: string): Promise<void> {
    const [row]: unknown[] = await manager.query('SELECT id FROM initiative WHERE id = $1 AND is_public FOR SHARE', [id]);
    if (!row) throw new NotFoundException(NOT_FOUND);
  }

  private async publicRow(manager: EntityManager, id: string, customerId: string | null): Promise<SummaryRow> {
    const [row]: SummaryRow[] = await manager.query(
      `SELECT ${summaryColumns(customerId ? '$2' : undefined)} FROM initiative i WHERE i.id = $1 AND i.is_public`,
      customerId ? [id, customerId] : [id],
    );
    if (!row) throw new NotFoundException(NOT_FOUND);
    return row;
  }

  /**
   * The signed-in customer on a public read, if any. A public read must not fail for a stale
   * cookie, so this resumes the session softly instead of using CustomerSessionGuard (which answers 401).
   */
  private async customerFromCookie(secret: string | undefined): Promise<string | null> {
    return (await this.sessions.resume(secret))?.customerId ?? null;
  }
}

/** Linked feedback is a vote too, so `voted` holds for either. */
function viewerOf(row: SummaryRow): BoardViewerState | null {
  if (row.viewer_voted === undefined) return null;
  return { voted: !!row.viewer_voted || !!row.viewer_linked, following: !!row.viewer_following, hasLinkedFeedback: !!row.viewer_linked };
}

function toSummary(row: SummaryRow): BoardInitiativeSummary {
  return {
    id: row.id,
    title: row.title,
    problem: row.problem,
    status: row.status,
    kind: row.kind,
    votes: row.votes,
    followers: row.followers,
    commentCount: row.comments,
    updatedAt: row.updated_at.toISOString(),
    viewer: viewerOf(row),
  };
}
