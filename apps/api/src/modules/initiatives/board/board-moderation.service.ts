import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  listBoardModerationQuerySchema,
  type BoardCommentStatus,
  type BoardModerationCommentDto,
  type ListBoardModerationQuery,
  type ModerateBoardCommentRequest,
  type SessionUser,
} from '@fullcircle/shared';
import { DataSource } from 'typeorm';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';

type ModerationQuery = ReturnType<typeof listBoardModerationQuerySchema.parse>;

interface ModerationRow {
  id: string;
  initiative_id: string;
  initiative_title: string;
  customer_id: string;
  customer_name: string | null;
  body: string;
  status: BoardCommentStatus;
  created_at: Date;
  moderated_at: Date | null;
}

const COLUMNS = `c.id, c.initiative_id, i.title AS initiative_title, c.customer_id, cu.name AS customer_name, c.body, c.status, c.created_at, c.moderated_at
  FROM initiative_comment c JOIN initiative i ON i.id = c.initiative_id JOIN customer cu ON cu.id = c.customer_id`;

/** Staff decide which customer comments the public board shows; every decision is audited. */
@Injectable()
export class BoardModerationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Oldest first for pending (a queue to work through), newest first otherwise. */
  async list(query: ListBoardModerationQuery): Promise<BoardModerationCommentDto[]> {
    const q = query as ModerationQuery;
    const order = q.status === 'pending' ? 'c.created_at, c.id' : 'c.created_at DESC, c.id';
    const rows: ModerationRow[] = await this.dataSource.query(`SELECT ${COLUMNS} WHERE c.status = $1 ORDER BY ${order} LIMIT ${q.limit}`, [q.status]);
    return rows.map(toDto);
  }

  /** A decision can be revised (a rejected comment approved after all); each one is audited. */
  async decide(user: SessionUser, id: string, body: ModerateBoardCommentRequest): Promise<BoardModerationCommentDto> {
    const status: BoardCommentStatus = body.decision === 'approve' ? 'approved' : 'rejected';
    return this.dataSource.transaction(async (manager) => {
      const [, affected]: [unknown, number] = await manager.query(
        'UPDATE initiative_comment SET status = $2, moderated_by_id = $3, moderated_at = now() WHERE id = $1',
        [id, status, user.id],
      );
      if (!affected) throw new NotFoundException('No board comment with this id');
      const [row]: ModerationRow[] = await manager.query(`SELECT ${COLUMNS} WHERE c.id = $1`, [id]);
      await this.audit.announce(manager, {
        ...auditActor(user),
        action: `board.comment.${status}`,
        targetType: 'initiative_comment',
        targetId: id,
        data: { initiativeId: row.initiative_id },
      });
      return toDto(row);
    });
  }
}

function toDto(row: ModerationRow): BoardModerationCommentDto {
  return {
    id: row.id,
    initiativeId: row.initiative_id,
    initiativeTitle: row.initiative_title,
    customerId: row.customer_id,
    customerName: row.customer_name,
    body: row.body,
    status: row.status,
    createdAt: row.created_at.toISOString(),
    moderatedAt: row.moderated_at?.toISOString() ?? null,
  };
}
