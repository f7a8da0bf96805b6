import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Foundation1795602097380 implements MigrationInterface {
  name = 'Foundation1795602097380';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"outbox_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"queue\" text NOT NULL, \"job_name\" text NOT NULL, \"payload\" jsonb NOT NULL, \"delay_ms\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"dispatched_at\" TIMESTAMP WITH TIME ZONE, \"attempts\" integer NOT NULL DEFAULT '0', \"last_error\" text, CONSTRAINT \"PK_2f36ee5236f2793f3e7bd554589\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"outbox_message_pending_idx\" ON \"outbox_message\"  (\"created_at\") WHERE dispatched_at IS NULL");
    await q.query("CREATE TABLE \"audit_event\" (\"id\" uuid NOT NULL, \"actor_id\" uuid, \"actor_name\" text, \"action\" text NOT NULL, \"target_type\" text NOT NULL, \"target_id\" text, \"data\" jsonb NOT NULL DEFAULT '{}', \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"recorded_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_481efbe8b0a403efe3f47a6528f\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"audit_event_target_idx\" ON \"audit_event\"  (\"target_type\", \"target_id\") ");
    await q.query("CREATE INDEX \"audit_event_occurred_at_idx\" ON \"audit_event\"  (\"occurred_at\") ");
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("DROP INDEX \"public\".\"audit_event_occurred_at_idx\"");
    await q.query("DROP INDEX \"public\".\"audit_event_target_idx\"");
    await q.query("DROP TABLE \"audit_event\"");
    await q.query("DROP INDEX \"public\".\"outbox_message_pending_idx\"");
    await q.query("DROP TABLE \"outbox_message\"");
  }
}
