import type { MigrationInterface, QueryRunner } from 'typeorm';

export class WebhookSources1795612944098 implements MigrationInterface {
  name = 'WebhookSources1795612944098';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"webhook_replay_key\" (\"source_id\" uuid NOT NULL, \"signature\" text NOT NULL, \"seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_265a696fca07760472d85299c5d\" PRIMARY KEY (\"source_id\", \"signature\"))");
    await q.query("CREATE INDEX \"webhook_replay_key_seen_at_idx\" ON \"webhook_replay_key\"  (\"seen_at\") ");
    await q.query("CREATE TABLE \"webhook_source\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"kind\" text NOT NULL, \"network\" text NOT NULL, \"secret_sealed\" text NOT NULL, \"secret_prefix\" text NOT NULL, \"mapping\" jsonb NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"secret_rotated_at\" TIMESTAMP WITH TIME ZONE, \"last_delivery_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"webhook_source_kind_check\" CHECK (\"kind\" IN ('social', 'review')), CONSTRAINT \"PK_cdd1512f61489bf68efd6084503\" PRIMARY KEY (\"id\"))");
    await q.query("ALTER TABLE \"webhook_replay_key\" ADD CONSTRAINT \"webhook_replay_key_source_fk\" FOREIGN KEY (\"source_id\") REFERENCES \"webhook_source\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"webhook_source\" ADD CONSTRAINT \"webhook_source_created_by_fk\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"webhook_source\" DROP CONSTRAINT \"webhook_source_created_by_fk\"");
    await q.query("ALTER TABLE \"webhook_replay_key\" DROP CONSTRAINT \"webhook_replay_key_source_fk\"");
    await q.query("DROP TABLE \"webhook_source\"");
    await q.query("DROP INDEX \"public\".\"webhook_replay_key_seen_at_idx\"");
    await q.query("DROP TABLE \"webhook_replay_key\"");
  }
}
