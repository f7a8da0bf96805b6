import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Surveys1795612986225 implements MigrationInterface {
  name = 'Surveys1795612986225';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"signing_key\" (\"name\" text NOT NULL, \"secret\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0dae4879e3b8c25b93b10856ed7\" PRIMARY KEY (\"name\"))");
    await q.query("CREATE TABLE \"survey\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"scale\" text NOT NULL, \"question\" text NOT NULL, \"comment_prompt\" text, \"thank_you_text\" text NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"survey_scale_check\" CHECK (\"scale\" IN ('nps', 'csat', 'ces')), CONSTRAINT \"PK_f0da32b9181e9c02ecf0be11ed3\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"survey_invitation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"survey_id\" uuid NOT NULL, \"customer_id\" uuid NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"feedback_id\" uuid, \"score\" smallint, \"comment\" text, \"answered_at\" TIMESTAMP WITH TIME ZONE, \"times_answered\" integer NOT NULL DEFAULT '0', CONSTRAINT \"survey_invitation_answer_check\" CHECK ((\"feedback_id\" IS NULL AND \"answered_at\" IS NULL AND \"score\" IS NULL AND \"times_answered\" = 0) OR (\"feedback_id\" IS NOT NULL AND \"answered_at\" IS NOT NULL AND \"score\" IS NOT NULL AND \"times_answered\" > 0)), CONSTRAINT \"PK_cec5c4bf3e2b8193d2b88f11c22\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"survey_invitation_feedback_idx\" ON \"survey_invitation\"  (\"feedback_id\") WHERE feedback_id IS NOT NULL");
    await q.query("CREATE INDEX \"survey_invitation_customer_idx\" ON \"survey_invitation\"  (\"customer_id\") ");
    await q.query("CREATE INDEX \"survey_invitation_survey_idx\" ON \"survey_invitation\"  (\"survey_id\", \"created_at\") ");
    await q.query("ALTER TABLE \"survey\" ADD CONSTRAINT \"survey_created_by_fk\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"survey_invitation\" ADD CONSTRAINT \"survey_invitation_survey_fk\" FOREIGN KEY (\"survey_id\") REFERENCES \"survey\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"survey_invitation\" ADD CONSTRAINT \"survey_invitation_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"survey_invitation\" ADD CONSTRAINT \"survey_invitation_feedback_fk\" FOREIGN KEY (\"feedback_id\") REFERENCES \"feedback\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"survey_invitation\" DROP CONSTRAINT \"survey_invitation_feedback_fk\"");
    await q.query("ALTER TABLE \"survey_invitation\" DROP CONSTRAINT \"survey_invitation_customer_fk\"");
    await q.query("ALTER TABLE \"survey_invitation\" DROP CONSTRAINT \"survey_invitation_survey_fk\"");
    await q.query("ALTER TABLE \"survey\" DROP CONSTRAINT \"survey_created_by_fk\"");
    await q.query("DROP INDEX \"public\".\"survey_invitation_survey_idx\"");
    await q.query("DROP INDEX \"public\".\"survey_invitation_customer_idx\"");
    await q.query("DROP INDEX \"public\".\"survey_invitation_feedback_idx\"");
    await q.query("DROP TABLE \"survey_invitation\"");
    await q.query("DROP TABLE \"survey\"");
    await q.query("DROP TABLE \"signing_key\"");
  }
}
