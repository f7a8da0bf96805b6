import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Colleagues are alerted to surges in the bell: a notification kind of its own. */
export class SurgeNotifications1796215100000 implements MigrationInterface {
  name = 'SurgeNotifications1796215100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "staff_notification" DROP CONSTRAINT "staff_notification_kind_check"`);
    await q.query(`ALTER TABLE "staff_notification" ADD CONSTRAINT "staff_notification_kind_check" CHECK ("kind" IN ('mention', 'assigned', 'sla_warning', 'sla_breach', 'escalation', 'low_score', 'recognition', 'reopened', 'surge'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "staff_notification" WHERE "kind" = 'surge'`);
    await q.query(`ALTER TABLE "staff_notification" DROP CONSTRAINT "staff_notification_kind_check"`);
    await q.query(`ALTER TABLE "staff_notification" ADD CONSTRAINT "staff_notification_kind_check" CHECK ("kind" IN ('mention', 'assigned', 'sla_warning', 'sla_breach', 'escalation', 'low_score', 'recognition', 'reopened'))`);
  }
}
