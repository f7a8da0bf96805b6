import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Enrichment1795616065274 implements MigrationInterface {
  name = 'Enrichment1795616065274';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"classifier_model\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"version\" integer NOT NULL, \"status\" text NOT NULL, \"algorithm\" text NOT NULL, \"training_size\" integer NOT NULL, \"holdout_size\" integer NOT NULL, \"holdout_accuracy\" real NOT NULL, \"evaluation\" jsonb NOT NULL, \"parameters\" jsonb NOT NULL, \"trained_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"promoted_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"classifier_model_status_check\" CHECK (\"status\" IN ('active', 'candidate', 'retired', 'rejected')), CONSTRAINT \"classifier_model_kind_check\" CHECK (\"kind\" IN ('sentiment', 'topic', 'department')), CONSTRAINT \"PK_63c519145aa668dfadfac1d2c0d\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"classifier_model_active_idx\" ON \"classifier_model\"  (\"kind\") WHERE status = 'active'");
    await q.query("CREATE UNIQUE INDEX \"classifier_model_version_idx\" ON \"classifier_model\"  (\"kind\", \"version\") ");
    await q.query("CREATE TABLE \"feedback_label\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"feedback_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"value\" jsonb NOT NULL, \"source\" text NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"feedback_label_source_check\" CHECK (\"source\" IN ('correction', 'confirmation', 'import')), CONSTRAINT \"feedback_label_kind_check\" CHECK (\"kind\" IN ('sentiment', 'topics', 'department')), CONSTRAINT \"PK_c2b24fd23ba5c2204c43b34c3da\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"feedback_label_kind_idx\" ON \"feedback_label\"  (\"kind\", \"created_at\") ");
    await q.query("CREATE INDEX \"feedback_label_item_idx\" ON \"feedback_label\"  (\"feedback_id\", \"kind\", \"created_at\") ");
    await q.query("ALTER TABLE \"feedback\" ADD \"sentiment\" text");
    await q.query("ALTER TABLE \"feedback\" ADD \"sentiment_score\" real");
    await q.query("ALTER TABLE \"feedback\" ADD \"sentiment_model\" text");
    await q.query("ALTER TABLE \"feedback\" ADD \"topics\" text array NOT NULL DEFAULT '{}'");
    await q.query("ALTER TABLE \"feedback\" ADD \"topics_model\" text");
    await q.query("ALTER TABLE \"feedback\" ADD \"urgency\" text");
    await q.query("ALTER TABLE \"feedback\" ADD \"urgency_model\" text");
    await q.query("ALTER TABLE \"feedback\" ADD \"personal_data\" jsonb NOT NULL DEFAULT '[]'");
    await q.query("ALTER TABLE \"feedback\" ADD CONSTRAINT \"feedback_urgency_check\" CHECK (\"urgency\" IS NULL OR \"urgency\" IN ('low', 'normal', 'high', 'critical'))");
    await q.query("ALTER TABLE \"feedback\" ADD CONSTRAINT \"feedback_sentiment_score_check\" CHECK (\"sentiment_score\" IS NULL OR \"sentiment_score\" BETWEEN -1 AND 1)");
    await q.query("ALTER TABLE \"feedback\" ADD CONSTRAINT \"feedback_sentiment_check\" CHECK (\"sentiment\" IS NULL OR \"sentiment\" IN ('negative', 'neutral', 'positive'))");
    await q.query("ALTER TABLE \"feedback_label\" ADD CONSTRAINT \"feedback_label_feedback_fk\" FOREIGN KEY (\"feedback_id\") REFERENCES \"feedback\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feedback_label\" ADD CONSTRAINT \"feedback_label_created_by_fk\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"feedback_label\" DROP CONSTRAINT \"feedback_label_created_by_fk\"");
    await q.query("ALTER TABLE \"feedback_label\" DROP CONSTRAINT \"feedback_label_feedback_fk\"");
    await q.query("ALTER TABLE \"feedback\" DROP CONSTRAINT \"feedback_sentiment_check\"");
    await q.query("ALTER TABLE \"feedback\" DROP CONSTRAINT \"feedback_sentiment_score_check\"");
    await q.query("ALTER TABLE \"feedback\" DROP CONSTRAINT \"feedback_urgency_check\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"personal_data\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"urgency_model\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"urgency\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"topics_model\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"topics\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"sentiment_model\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"sentiment_score\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"sentiment\"");
    await q.query("DROP INDEX \"public\".\"feedback_label_item_idx\"");
    await q.query("DROP INDEX \"public\".\"feedback_label_kind_idx\"");
    await q.query("DROP TABLE \"feedback_label\"");
    await q.query("DROP INDEX \"public\".\"classifier_model_version_idx\"");
    await q.query("DROP INDEX \"public\".\"classifier_model_active_idx\"");
    await q.query("DROP TABLE \"classifier_model\"");
  }
}
