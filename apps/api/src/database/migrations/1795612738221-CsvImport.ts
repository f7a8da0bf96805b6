import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CsvImport1795612738221 implements MigrationInterface {
  name = 'CsvImport1795612738221';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"import_job\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"file_name\" text NOT NULL, \"mapping\" text NOT NULL, \"origin\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'queued', \"content\" bytea, \"size_bytes\" integer NOT NULL, \"total_rows\" integer NOT NULL, \"processed_rows\" integer NOT NULL DEFAULT '0', \"accepted_rows\" integer NOT NULL DEFAULT '0', \"duplicate_rows\" integer NOT NULL DEFAULT '0', \"failed_rows\" integer NOT NULL DEFAULT '0', \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"started_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"error\" text, CONSTRAINT \"import_job_origin_check\" CHECK (\"origin\" IN ('upload', 'cli')), CONSTRAINT \"import_job_status_check\" CHECK (\"status\" IN ('queued', 'running', 'completed', 'failed')), CONSTRAINT \"PK_65b4c7eccb8120972a7b8da7682\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"import_job_created_by_idx\" ON \"import_job\"  (\"created_by_id\") ");
    await q.query("CREATE INDEX \"import_job_created_idx\" ON \"import_job\"  (\"created_at\") ");
    await q.query("CREATE TABLE \"import_row_error\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"job_id\" uuid NOT NULL, \"row_number\" integer NOT NULL, \"field\" text, \"message\" text NOT NULL, CONSTRAINT \"PK_4a26e4be1fec4a36f3d8a6a5c6f\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"import_row_error_job_row_idx\" ON \"import_row_error\"  (\"job_id\", \"row_number\") ");
    await q.query("ALTER TABLE \"import_job\" ADD CONSTRAINT \"import_job_created_by_fk\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"import_row_error\" ADD CONSTRAINT \"import_row_error_job_fk\" FOREIGN KEY (\"job_id\") REFERENCES \"import_job\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"import_row_error\" DROP CONSTRAINT \"import_row_error_job_fk\"");
    await q.query("ALTER TABLE \"import_job\" DROP CONSTRAINT \"import_job_created_by_fk\"");
    await q.query("DROP INDEX \"public\".\"import_row_error_job_row_idx\"");
    await q.query("DROP TABLE \"import_row_error\"");
    await q.query("DROP INDEX \"public\".\"import_job_created_idx\"");
    await q.query("DROP INDEX \"public\".\"import_job_created_by_idx\"");
    await q.query("DROP TABLE \"import_job\"");
  }
}
