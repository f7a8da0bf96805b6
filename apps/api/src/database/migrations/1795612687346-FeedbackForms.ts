import type { MigrationInterface, QueryRunner } from 'typeorm';

export class FeedbackForms1795612687346 implements MigrationInterface {
  name = 'FeedbackForms1795612687346';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"feedback_form\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"slug\" text NOT NULL, \"kind\" text NOT NULL, \"questions\" jsonb NOT NULL, \"branding\" jsonb NOT NULL, \"allowed_origins\" text array NOT NULL DEFAULT '{}', \"ask_email\" text NOT NULL DEFAULT 'optional', \"conversation_enabled\" boolean NOT NULL DEFAULT false, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"feedback_form_ask_email_check\" CHECK (\"ask_email\" IN ('hidden', 'optional', 'required')), CONSTRAINT \"feedback_form_kind_check\" CHECK (\"kind\" IN ('nps', 'csat', 'ces', 'free_text')), CONSTRAINT \"PK_c9f10aa166ef807ad2e838c84bc\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"feedback_form_slug_idx\" ON \"feedback_form\"  (\"slug\") ");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"feedback_form_slug_idx\"");
    await q.query("DROP TABLE \"feedback_form\"");
  }
}
