import type { MigrationInterface, QueryRunner } from 'typeorm';

export class IntakeAndCustomers1795606404583 implements MigrationInterface {
  name = 'IntakeAndCustomers1795606404583';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"customer\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text, \"locale\" text, \"merged_into_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"customer_not_merged_into_itself_check\" CHECK (\"merged_into_id\" <> \"id\"), CONSTRAINT \"PK_a7a13f4cacb744524e44dfdad32\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"customer_merged_into_idx\" ON \"customer\"  (\"merged_into_id\") WHERE merged_into_id IS NOT NULL");
    await q.query("CREATE INDEX \"customer_list_idx\" ON \"customer\"  (\"created_at\", \"id\") WHERE merged_into_id IS NULL");
    await q.query("CREATE TABLE \"consent_record\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"purpose\" text NOT NULL, \"granted\" boolean NOT NULL, \"source\" text NOT NULL, \"wording\" text NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"consent_record_purpose_check\" CHECK (\"purpose\" IN ('contact_about_feedback', 'product_updates', 'research')), CONSTRAINT \"PK_b357c35aea3aa0be4647282324f\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"consent_record_customer_idx\" ON \"consent_record\"  (\"customer_id\", \"purpose\", \"recorded_at\") ");
    await q.query("CREATE TABLE \"customer_identity\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"value\" text NOT NULL, \"verified\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"customer_identity_kind_check\" CHECK (\"kind\" IN ('email', 'phone', 'handle', 'external')), CONSTRAINT \"PK_44f053ae91ed86d035044ab6af1\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"customer_identity_customer_idx\" ON \"customer_identity\"  (\"customer_id\") ");
    await q.query("CREATE UNIQUE INDEX \"customer_identity_kind_value_idx\" ON \"customer_identity\"  (\"kind\", \"value\") ");
    await q.query("CREATE TABLE \"feedback\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"channel\" text NOT NULL, \"source\" text NOT NULL, \"subject\" text, \"text\" text NOT NULL, \"score_scale\" text, \"score_value\" smallint, \"language\" text, \"language_source\" text, \"journey_stage\" text, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"accepted_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"external_message_id\" text, \"metadata\" jsonb NOT NULL, \"attachments\" jsonb NOT NULL, \"idempotency_key\" text, \"enriched_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"feedback_language_check\" CHECK ((\"language\" IS NULL AND \"language_source\" IS NULL) OR (\"language\" IS NOT NULL AND \"language_source\" IN ('declared', 'detected'))), CONSTRAINT \"feedback_score_check\" CHECK ((\"score_scale\" IS NULL AND \"score_value\" IS NULL) OR (\"score_scale\" = 'nps' AND \"score_value\" BETWEEN 0 AND 10) OR (\"score_scale\" = 'csat' AND \"score_value\" BETWEEN 1 AND 5) OR (\"score_scale\" = 'ces' AND \"score_value\" BETWEEN 1 AND 7)), CONSTRAINT \"feedback_channel_check\" CHECK (\"channel\" IN ('api', 'web_form', 'widget', 'email', 'sms', 'chat', 'survey', 'social', 'review', 'csv')), CONSTRAINT \"PK_8389f9e087a57689cd5be8b2b13\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"feedback_channel_message_idx\" ON \"feedback\"  (\"channel\", \"external_message_id\") WHERE external_message_id IS NOT NULL");
    await q.query("CREATE INDEX \"feedback_customer_timeline_idx\" ON \"feedback\"  (\"customer_id\", \"received_at\", \"id\") ");
    await q.query("ALTER TABLE \"customer\" ADD CONSTRAINT \"customer_merged_into_fk\" FOREIGN KEY (\"merged_into_id\") REFERENCES \"customer\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"consent_record\" ADD CONSTRAINT \"consent_record_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"customer_identity\" ADD CONSTRAINT \"customer_identity_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feedback\" ADD CONSTRAINT \"feedback_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"feedback\" DROP CONSTRAINT \"feedback_customer_fk\"");
    await q.query("ALTER TABLE \"customer_identity\" DROP CONSTRAINT \"customer_identity_customer_fk\"");
    await q.query("ALTER TABLE \"consent_record\" DROP CONSTRAINT \"consent_record_customer_fk\"");
    await q.query("ALTER TABLE \"customer\" DROP CONSTRAINT \"customer_merged_into_fk\"");
    await q.query("DROP INDEX \"public\".\"feedback_customer_timeline_idx\"");
    await q.query("DROP INDEX \"public\".\"feedback_channel_message_idx\"");
    await q.query("DROP TABLE \"feedback\"");
    await q.query("DROP INDEX \"public\".\"customer_identity_kind_value_idx\"");
    await q.query("DROP INDEX \"public\".\"customer_identity_customer_idx\"");
    await q.query("DROP TABLE \"customer_identity\"");
    await q.query("DROP INDEX \"public\".\"consent_record_customer_idx\"");
    await q.query("DROP TABLE \"consent_record\"");
    await q.query("DROP INDEX \"public\".\"customer_list_idx\"");
    await q.query("DROP INDEX \"public\".\"customer_merged_into_idx\"");
    await q.query("DROP TABLE \"customer\"");
  }
}
