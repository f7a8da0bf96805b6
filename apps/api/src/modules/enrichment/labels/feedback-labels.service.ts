import { ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CreateLabelRequest, FeedbackLabelDto, SessionUser } from '@fullcircle/shared';
import type { DataSource } from 'typeorm';
import { fieldInvalid } from '../../../common/http/field-errors';
import { auditActor } from '../../audit/audit-actor';
import { AuditService } from '../../audit/audit.service';
import { FeedbackLabel } from '../entities/feedback-label.entity';

/** Written into feedback.sentiment_model / topics_model once a person corrected the value. */
export const STAFF_CORRECTION = 'staff@correction';

/** A corrected sentiment's score: the middle of its band, so averages stay meaningful. */
const SENTIMENT_SCORE = { negative: -1, neutral: 0, positive: 1 } as const;

/**
 * Staff corrections of an item's sentiment, topics or department, kept as training labels.
 * Department scoping of items (a member sees only their department's items) arrives with cases;
 * until then any staff member may label any item.
 */
@Injectable()
export class FeedbackLabelsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async record(actor: SessionUser, feedbackId: string, body: CreateLabelRequest): Promise<FeedbackLabelDto> {
    if (body.kind === 'department' && actor.role !== 'admin' && actor.role !== 'owner') {
      throw new ForbiddenException('Only admins and department owners may label departments');
    }
    const labelId = await this.dataSource.transaction(async (manager) => {
      const [item]: { id: string }[] = await manager.query('SELECT id FROM feedback WHERE id = $1 FOR UPDATE', [feedbackId]);
      if (!item) throw new NotFoundException('Feedback not found');
      if (body.kind === 'sentiment') {
        await manager.query('UPDATE feedback SET sentiment = $2, sentiment_score = $3, sentiment_model = $4 WHERE id = $1', [
          feedbackId,
          body.value,
          SENTIMENT_SCORE[body.value],
          STAFF_CORRECTION,
        ]);
      } else if (body.kind === 'topics') {
        await manager.query('UPDATE feedback SET topics = $2, topics_model = $3 WHERE id = $1', [feedbackId, body.value, STAFF_CORRECTION]);
      } else {
        const [department] = await manager.query('SELECT id FROM department WHERE id = $1', [body.value]);
        if (!department) throw fieldInvalid('value', 'is not a department');
      }
      const label = await manager.save(
        manager.create(FeedbackLabel, {
          feedbackId,
          kind: body.kind,
          value: body.value,
          source: 'correction',
          createdById: actor.id,
        }),
      );
      await this.audit.announce(manager, {
        ...auditActor(actor),
        action: `enrichment.label.${body.kind}`,
        targetType: 'feedback',
        targetId: feedbackId,
        data: { labelId: label.id, value: body.value },
      });
      return label.id;
    });
    const labels = await this.list(feedbackId);
    return labels.find((label) => label.id === labelId) as FeedbackLabelDto;
  }

  /** The item's label history, newest first. */
  async list(feedbackId: string): Promise<FeedbackLabelDto[]> {
    const [item] = await this.dataSource.query('SELECT id FROM feedback WHERE id = $1', [feedbackId]);
    if (!item) throw new NotFoundException('Feedback not found');
    const rows: {
      id: string;
      kind: FeedbackLabelDto['kind'];
      value: string | string[];
      source: FeedbackLabelDto['source'];
      created_at: Date;
      user_id: string | null;
      user_name: string | null;
    }[] = await this.dataSource.query(
      `SELECT l.id, l.kind, l.value, l.source, l.created_at, u.id AS user_id, u.name AS user_name
         FROM feedback_label l LEFT JOIN app_user u ON u.id = l.created_by_id
        WHERE l.feedback_id = $1
        ORDER BY l.created_at DESC, l.id DESC`,
      [feedbackId],
    );
    return rows.map((row) => ({
      id: row.id,
      feedbackId,
      kind: row.kind,
      value: row.value,
      source: row.source,
      createdBy: row.user_id ? { id: row.user_id, name: row.user_name ?? '' } : null,
      createdAt: row.created_at.toISOString(),
    }));
  }
}
