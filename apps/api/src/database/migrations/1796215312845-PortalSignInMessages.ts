import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Outbound messages may be portal sign-in links and codes (purpose 'sign_in'). */
export class PortalSignInMessages1796215312845 implements MigrationInterface {
  name = 'PortalSignInMessages1796215312845';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "outbound_message" DROP CONSTRAINT "outbound_message_purpose_check"`);
    await q.query(`ALTER TABLE "outbound_message" ADD CONSTRAINT "outbound_message_purpose_check" CHECK ("purpose" IN ('reply', 'survey', 'announcement', 'staff_notice', 'digest', 'sign_in'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM "outbound_message" WHERE "purpose" = 'sign_in'`);
    await q.query(`ALTER TABLE "outbound_message" DROP CONSTRAINT "outbound_message_purpose_check"`);
    await q.query(`ALTER TABLE "outbound_message" ADD CONSTRAINT "outbound_message_purpose_check" CHECK ("purpose" IN ('reply', 'survey', 'announcement', 'staff_notice', 'digest'))`);
  }
}
