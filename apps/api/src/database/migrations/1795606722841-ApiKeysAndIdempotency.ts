import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ApiKeysAndIdempotency1795606722841 implements MigrationInterface {
  name = 'ApiKeysAndIdempotency1795606722841';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"idempotency_key\" (\"scope\" text NOT NULL, \"key\" text NOT NULL, \"request_hash\" text NOT NULL, \"status\" text NOT NULL, \"response_status\" smallint, \"response_body\" jsonb, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT \"idempotency_key_status_check\" CHECK (\"status\" IN ('in_progress', 'completed')), CONSTRAINT \"idempotency_key_pkey\" PRIMARY KEY (\"scope\", \"key\"))");
    await q.query("CREATE INDEX \"idempotency_key_expires_at_idx\" ON \"idempotency_key\"  (\"expires_at\") ");
    await q.query("CREATE TABLE \"api_key\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"prefix\" text NOT NULL, \"secret_hash\" text NOT NULL, \"scopes\" text array NOT NULL, \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_b1bd840641b8acbaad89c3d8d11\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"api_key_secret_hash_idx\" ON \"api_key\"  (\"secret_hash\") ");
    await q.query("ALTER TABLE \"api_key\" ADD CONSTRAINT \"api_key_created_by_fk\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"api_key\" DROP CONSTRAINT \"api_key_created_by_fk\"");
    await q.query("DROP INDEX \"public\".\"api_key_secret_hash_idx\"");
    await q.query("DROP TABLE \"api_key\"");
    await q.query("DROP INDEX \"public\".\"idempotency_key_expires_at_idx\"");
    await q.query("DROP TABLE \"idempotency_key\"");
  }
}
