import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Conversations1795611849214 implements MigrationInterface {
  name = 'Conversations1795611849214';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"conversation\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"channel\" text NOT NULL, \"reference\" text NOT NULL, \"access_token_hash\" text, \"started_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_message_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"message_count\" integer NOT NULL DEFAULT '1', CONSTRAINT \"conversation_channel_check\" CHECK (\"channel\" IN ('api', 'web_form', 'widget', 'email', 'sms', 'chat', 'survey', 'social', 'review', 'csv')), CONSTRAINT \"PK_864528ec4274360a40f66c29845\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"conversation_reference_idx\" ON \"conversation\"  (\"reference\") ");
    await q.query("CREATE UNIQUE INDEX \"conversation_access_token_idx\" ON \"conversation\"  (\"access_token_hash\") WHERE access_token_hash IS NOT NULL");
    await q.query("CREATE INDEX \"conversation_customer_channel_idx\" ON \"conversation\"  (\"customer_id\", \"channel\", \"last_message_at\") ");
    await q.query("ALTER TABLE \"feedback\" ADD \"conversation_id\" uuid");
    // Items accepted before threading existed each start their own conversation.
    await q.query(
      `INSERT INTO conversation (id, customer_id, channel, reference, started_at, last_message_at, message_count)
       SELECT id, customer_id, channel, 'FC-' || upper(substr(md5(random()::text || id::text), 1, 8)), received_at, received_at, 1
       FROM feedback`,
    );
    await q.query("UPDATE feedback SET conversation_id = id");
    await q.query("ALTER TABLE \"feedback\" ALTER COLUMN \"conversation_id\" SET NOT NULL");
    await q.query("CREATE INDEX \"feedback_conversation_idx\" ON \"feedback\"  (\"conversation_id\") ");
    await q.query("ALTER TABLE \"conversation\" ADD CONSTRAINT \"conversation_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feedback\" ADD CONSTRAINT \"feedback_conversation_fk\" FOREIGN KEY (\"conversation_id\") REFERENCES \"conversation\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"feedback\" DROP CONSTRAINT \"feedback_conversation_fk\"");
    await q.query("ALTER TABLE \"conversation\" DROP CONSTRAINT \"conversation_customer_fk\"");
    await q.query("DROP INDEX \"public\".\"feedback_conversation_idx\"");
    await q.query("ALTER TABLE \"feedback\" DROP COLUMN \"conversation_id\"");
    await q.query("DROP INDEX \"public\".\"conversation_customer_channel_idx\"");
    await q.query("DROP INDEX \"public\".\"conversation_access_token_idx\"");
    await q.query("DROP INDEX \"public\".\"conversation_reference_idx\"");
    await q.query("DROP TABLE \"conversation\"");
  }
}
