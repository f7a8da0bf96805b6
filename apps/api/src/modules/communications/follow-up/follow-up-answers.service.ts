import { Injectable } from '@nestjs/common';
import { SCORE_SCALES, SURVEY_SCALE_TEXT, type ScoreScale } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { CaseResolutionService } from '../../cases/case-resolution.service';
import { CaseItem } from '../../cases/entities/case-item.entity';
import type { Case } from '../../cases/entities/case.entity';
import { CommunicationsService } from '../communications.service';
import { classifyFollowUpScore } from './follow-up-score';

interface AnswerRow {
  score_scale: ScoreScale | null;
  score_value: number | null;
  comment: string | null;
}

/**
 * A follow-up survey's answer reaching its case (routing calls this inside its transaction, with
 * the case locked): it joins the case, a low score reopens it and alerts whoever owns it, a high
 * score recognises the assignee, and a thank-you becomes a recognition entry in the feed.
 */
@Injectable()
export class FollowUpAnswersService {
  constructor(
    private readonly communications: CommunicationsService,
    private readonly resolution: CaseResolutionService,
  ) {}

  async onAnswer(manager: EntityManager, c: Case, feedbackId: string, now = new Date()): Promise<void> {
    const [answer]: AnswerRow[] = await manager.query(
      `SELECT f.score_scale, f.score_value, i.comment FROM feedback f LEFT JOIN survey_invitation i ON i.feedback_id = f.id WHERE f.id = $1`,
      [feedbackId],
    );
    if (!answer?.score_scale || answer.score_value === null) return;
    const { score_scale: scale, score_value: score } = answer;
    const comment = answer.comment?.trim() || null;
    // One answer is acted on once: a changed answer (or a retried job) finds this event and stops.
    const recorded: unknown[] = await manager.query(
      `INSERT INTO case_event (case_id, type, actor_id, data, dedupe_key) VALUES ($1, 'survey_answered', NULL, $2, $3)
       ON CONFLICT (case_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING RETURNING id`,
      [c.id, { score, scale, comment, feedbackId }, `survey_answered:${feedbackId}`],
    );
    if (recorded.length === 0) return;

    if ((await manager.count(CaseItem, { where: { feedbackId } })) === 0) {
      await manager.insert(CaseItem, { feedbackId, caseId: c.id });
      c.itemCount += 1;
    }
    c.followUpStatus = 'answered';
    const reference = await this.referenceOf(manager, c);
    const rated = `${SURVEY_SCALE_TEXT[scale].name} ${score}/${SCORE_SCALES[scale].max}`;
    const verdict = classifyFollowUpScore(scale, score);

    if (verdict === 'low') {
      const reopens = c.status === 'resolved';
      if (reopens) await this.resolution.reopenLocked(manager, c, { reason: `the customer rated the resolution ${score}`, by: 'survey', feedbackId }, null, now);
      else await manager.save(c);
      const owners = await this.departmentOwners(manager, c.departmentId);
      const userIds = [...new Set([...(c.assigneeId ? [c.assigneeId] : []), ...owners])];
      await this.communications.notifyStaff(manager, {
        userIds,
        kind: 'low_score',
        title: `${reference} rated ${rated}${reopens ? ': reopened' : ''}`,
        body: comment ?? `The customer rated the resolution ${rated} without a comment.`,
        caseId: c.id,
        dedupeKey: `low_score:${feedbackId}`,
      });
      return;
    }
    await manager.save(c);
    if (verdict !== 'high' || !c.assigneeId) return;
    await this.communications.notifyStaff(manager, {
      userIds: [c.assigneeId],
      kind: 'recognition',
      title: `The customer of ${reference} rated your work ${rated}`,
      body: comment ?? 'No comment, just a good score.',
      caseId: c.id,
      dedupeKey: `recognition:${feedbackId}`,
    });
    if (!comment) return;
    const [assignee]: { name: string }[] = await manager.query('SELECT name FROM app_user WHERE id = $1', [c.assigneeId]);
    await this.communications.postFeed(manager, {
      kind: 'recognition',
      departmentId: c.departmentId,
      title: `A customer thanked ${assignee?.name ?? 'a colleague'} (${rated})`,
      body: comment,
      caseId: c.id,
      personId: c.assigneeId,
      authorId: null,
      dedupeKey: `recognition:${feedbackId}`,
    });
  }

  private async referenceOf(manager: EntityManager, c: Case): Promise<string> {
    const [row]: { reference: string }[] = await manager.query('SELECT reference FROM conversation WHERE id = $1', [c.conversationId]);
    return row?.reference ?? 'A case';
  }

  private async departmentOwners(manager: EntityManager, departmentId: string | null): Promise<string[]> {
    if (!departmentId) return [];
    const rows: { user_id: string }[] = await manager.query(
      `SELECT m.user_id FROM department_membership m JOIN app_user u ON u.id = m.user_id WHERE m.department_id = $1 AND m.is_owner AND u.status = 'active'`,
      [departmentId],
    );
    return rows.map((r) => r.user_id);
  }
}
