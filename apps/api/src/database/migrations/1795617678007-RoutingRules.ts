import type { MigrationInterface, QueryRunner } from 'typeorm';

export class RoutingRules1795617678007 implements MigrationInterface {
  name = 'RoutingRules1795617678007';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"routing_rule\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"match\" text NOT NULL DEFAULT 'all', \"conditions\" jsonb NOT NULL, \"actions\" jsonb NOT NULL, \"position\" integer NOT NULL, \"department_id\" uuid, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"routing_rule_match_check\" CHECK (\"match\" IN ('all', 'any')), CONSTRAINT \"PK_b402e9e6a4d11fbd58e076daa2f\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"routing_rule_department_idx\" ON \"routing_rule\"  (\"department_id\") ");
    await q.query("CREATE INDEX \"routing_rule_position_idx\" ON \"routing_rule\"  (\"position\") ");
    await q.query("ALTER TABLE \"routing_rule\" ADD CONSTRAINT \"routing_rule_department_fk\" FOREIGN KEY (\"department_id\") REFERENCES \"department\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"routing_rule\" ADD CONSTRAINT \"routing_rule_created_by_fk\" FOREIGN KEY (\"created_by\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"routing_rule\" DROP CONSTRAINT \"routing_rule_created_by_fk\"");
    await q.query("ALTER TABLE \"routing_rule\" DROP CONSTRAINT \"routing_rule_department_fk\"");
    await q.query("DROP INDEX \"public\".\"routing_rule_position_idx\"");
    await q.query("DROP INDEX \"public\".\"routing_rule_department_idx\"");
    await q.query("DROP TABLE \"routing_rule\"");
  }
}
