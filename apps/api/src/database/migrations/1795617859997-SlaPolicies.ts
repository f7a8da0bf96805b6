import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SlaPolicies1795617859997 implements MigrationInterface {
  name = 'SlaPolicies1795617859997';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"department_business_hours\" (\"department_id\" uuid NOT NULL, \"hours\" jsonb NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"department_business_hours_pkey\" PRIMARY KEY (\"department_id\"))");
    await q.query("CREATE TABLE \"sla_policy\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"description\" text, \"targets\" jsonb NOT NULL, \"warn_at_fraction\" real NOT NULL, \"is_default\" boolean NOT NULL DEFAULT false, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"sla_policy_warn_at_check\" CHECK (\"warn_at_fraction\" > 0 AND \"warn_at_fraction\" < 1), CONSTRAINT \"PK_19c1aa9dd53b9fc80648ae034b4\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"sla_policy_default_idx\" ON \"sla_policy\"  (\"is_default\") WHERE \"is_default\"");
    await q.query("CREATE UNIQUE INDEX \"sla_policy_name_idx\" ON \"sla_policy\"  (\"name\") ");
    await q.query("ALTER TABLE \"department_business_hours\" ADD CONSTRAINT \"department_business_hours_department_fk\" FOREIGN KEY (\"department_id\") REFERENCES \"department\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"department_business_hours\" DROP CONSTRAINT \"department_business_hours_department_fk\"");
    await q.query("DROP INDEX \"public\".\"sla_policy_name_idx\"");
    await q.query("DROP INDEX \"public\".\"sla_policy_default_idx\"");
    await q.query("DROP TABLE \"sla_policy\"");
    await q.query("DROP TABLE \"department_business_hours\"");
  }
}
