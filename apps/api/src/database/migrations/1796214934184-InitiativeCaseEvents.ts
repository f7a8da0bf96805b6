import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Cases record being linked to an initiative and the updates told about it. */
export class InitiativeCaseEvents1796214934184 implements MigrationInterface {
  name = 'InitiativeCaseEvents1796214934184';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_event" DROP CONSTRAINT "case_event_type_check"`);
    await q.query(`ALTER TABLE "case_event" ADD CONSTRAINT "case_event_type_check" CHECK ("type" IN ('opened', 'attached', 'routed', 'assigned', 'reassigned', 'status_changed', 'sla_warning', 'sla_breached', 'escalated', 'paused', 'resumed', 'reply_queued', 'message_status', 'note_added', 'action_added', 'action_updated', 'resolved', 'reopened', 'closed', 'merged', 'merged_from', 'survey_scheduled', 'survey_sent', 'survey_answered', 'survey_cancelled', 'initiative_linked', 'initiative_update'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_event" DROP CONSTRAINT "case_event_type_check"`);
    await q.query(`ALTER TABLE "case_event" ADD CONSTRAINT "case_event_type_check" CHECK ("type" IN ('opened', 'attached', 'routed', 'assigned', 'reassigned', 'status_changed', 'sla_warning', 'sla_breached', 'escalated', 'paused', 'resumed', 'reply_queued', 'message_status', 'note_added', 'action_added', 'action_updated', 'resolved', 'reopened', 'closed', 'merged', 'merged_from', 'survey_scheduled', 'survey_sent', 'survey_answered', 'survey_cancelled'))`);
  }
}
