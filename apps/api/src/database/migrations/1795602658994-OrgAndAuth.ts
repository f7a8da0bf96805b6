import type { MigrationInterface, QueryRunner } from 'typeorm';

export class OrgAndAuth1795602658994 implements MigrationInterface {
  name = 'OrgAndAuth1795602658994';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"app_user\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"email\" text NOT NULL, \"name\" text NOT NULL, \"role\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'invited', \"password_hash\" text, \"invitation_token_hash\" text, \"invitation_expires_at\" TIMESTAMP WITH TIME ZONE, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"app_user_status_check\" CHECK (\"status\" IN ('invited', 'active', 'deactivated')), CONSTRAINT \"app_user_role_check\" CHECK (\"role\" IN ('admin', 'executive', 'owner', 'member')), CONSTRAINT \"app_user_email_lower_check\" CHECK (\"email\" = lower(\"email\")), CONSTRAINT \"PK_22a5c4a3d9b2fb8e4e73fc4ada1\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"app_user_invitation_token_idx\" ON \"app_user\"  (\"invitation_token_hash\") WHERE invitation_token_hash IS NOT NULL");
    await q.query("CREATE UNIQUE INDEX \"app_user_email_idx\" ON \"app_user\"  (\"email\") ");
    await q.query("CREATE TABLE \"staff_session\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"token_hash\" text NOT NULL, \"previous_token_hash\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"rotated_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"last_seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"user_agent\" text, \"ip\" text, CONSTRAINT \"PK_f6ff7fdf4bb47ace7981adbcdee\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"staff_session_expires_at_idx\" ON \"staff_session\"  (\"expires_at\") ");
    await q.query("CREATE INDEX \"staff_session_user_idx\" ON \"staff_session\"  (\"user_id\") ");
    await q.query("CREATE INDEX \"staff_session_previous_token_hash_idx\" ON \"staff_session\"  (\"previous_token_hash\") WHERE previous_token_hash IS NOT NULL");
    await q.query("CREATE UNIQUE INDEX \"staff_session_token_hash_idx\" ON \"staff_session\"  (\"token_hash\") ");
    await q.query("CREATE TABLE \"department\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"slug\" text NOT NULL, \"description\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_9a2213262c1593bffb581e382f5\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"department_slug_idx\" ON \"department\"  (\"slug\") ");
    await q.query("CREATE TABLE \"department_membership\" (\"user_id\" uuid NOT NULL, \"department_id\" uuid NOT NULL, \"is_owner\" boolean NOT NULL DEFAULT false, CONSTRAINT \"department_membership_pkey\" PRIMARY KEY (\"user_id\", \"department_id\"))");
    await q.query("CREATE INDEX \"department_membership_department_idx\" ON \"department_membership\"  (\"department_id\") ");
    await q.query("ALTER TABLE \"staff_session\" ADD CONSTRAINT \"staff_session_user_fk\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"department_membership\" ADD CONSTRAINT \"department_membership_user_fk\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"department_membership\" ADD CONSTRAINT \"department_membership_department_fk\" FOREIGN KEY (\"department_id\") REFERENCES \"department\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"department_membership\" DROP CONSTRAINT \"department_membership_department_fk\"");
    await q.query("ALTER TABLE \"department_membership\" DROP CONSTRAINT \"department_membership_user_fk\"");
    await q.query("ALTER TABLE \"staff_session\" DROP CONSTRAINT \"staff_session_user_fk\"");
    await q.query("DROP INDEX \"public\".\"department_membership_department_idx\"");
    await q.query("DROP TABLE \"department_membership\"");
    await q.query("DROP INDEX \"public\".\"department_slug_idx\"");
    await q.query("DROP TABLE \"department\"");
    await q.query("DROP INDEX \"public\".\"staff_session_token_hash_idx\"");
    await q.query("DROP INDEX \"public\".\"staff_session_previous_token_hash_idx\"");
    await q.query("DROP INDEX \"public\".\"staff_session_user_idx\"");
    await q.query("DROP INDEX \"public\".\"staff_session_expires_at_idx\"");
    await q.query("DROP TABLE \"staff_session\"");
    await q.query("DROP INDEX \"public\".\"app_user_email_idx\"");
    await q.query("DROP INDEX \"public\".\"app_user_invitation_token_idx\"");
    await q.query("DROP TABLE \"app_user\"");
  }
}
