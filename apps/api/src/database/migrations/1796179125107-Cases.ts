import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Cases1796179125107 implements MigrationInterface {
  name = 'Cases1796179125107';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"routing_settings\" (\"id\" smallint NOT NULL, \"auto_route_threshold\" real NOT NULL, \"default_assignment\" text NOT NULL, \"updated_by_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"routing_settings_assignment_check\" CHECK (\"default_assignment\" IN ('round_robin', 'least_open', 'none')), CONSTRAINT \"routing_settings_threshold_check\" CHECK (\"auto_route_threshold\" >= 0.5 AND \"auto_route_threshold\" < 1), CONSTRAINT \"routing_settings_single_row_check\" CHECK (\"id\" = 1), CONSTRAINT \"routing_settings_pkey\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"cases\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"customer_id\" uuid NOT NULL, \"conversation_id\" uuid NOT NULL, \"department_id\" uuid, \"assignee_id\" uuid, \"first_feedback_id\" uuid NOT NULL, \"item_count\" integer NOT NULL DEFAULT '1', \"status\" text NOT NULL, \"priority\" text NOT NULL, \"tags\" text array NOT NULL DEFAULT '{}', \"routed_by\" text NOT NULL, \"routing\" jsonb NOT NULL, \"sla_policy_id\" uuid, \"sla_plan\" jsonb, \"sla_pauses\" jsonb NOT NULL DEFAULT '[]', \"sla_fired\" text array NOT NULL DEFAULT '{}', \"sla_next_step\" text, \"sla_next_step_at\" TIMESTAMP WITH TIME ZONE, \"sla_due_at\" TIMESTAMP WITH TIME ZONE, \"first_responded_at\" TIMESTAMP WITH TIME ZONE, \"resolved_at\" TIMESTAMP WITH TIME ZONE, \"breached_at\" TIMESTAMP WITH TIME ZONE, \"assigned_at\" TIMESTAMP WITH TIME ZONE, \"opened_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"cases_triage_check\" CHECK ((\"status\" = 'triage') = (\"department_id\" IS NULL)), CONSTRAINT \"cases_routed_by_check\" CHECK (\"routed_by\" IN ('rule', 'model', 'triage', 'staff')), CONSTRAINT \"cases_priority_check\" CHECK (\"priority\" IN ('low', 'normal', 'high', 'urgent')), CONSTRAINT \"cases_status_check\" CHECK (\"status\" IN ('triage', 'new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed')), CONSTRAINT \"PK_264acb3048c240fb89aa34626db\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"cases_sla_next_step_idx\" ON \"cases\"  (\"sla_next_step_at\") WHERE sla_next_step_at IS NOT NULL");
    await q.query("CREATE INDEX \"cases_conversation_idx\" ON \"cases\"  (\"conversation_id\") ");
    await q.query("CREATE INDEX \"cases_customer_idx\" ON \"cases\"  (\"customer_id\", \"status\") ");
    await q.query("CREATE INDEX \"cases_assignee_idx\" ON \"cases\"  (\"assignee_id\", \"status\") ");
    await q.query("CREATE INDEX \"cases_department_inbox_idx\" ON \"cases\"  (\"department_id\", \"status\", \"sla_due_at\", \"id\") ");
    await q.query("CREATE TABLE \"case_item\" (\"feedback_id\" uuid NOT NULL, \"case_id\" uuid NOT NULL, \"attached_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"case_item_pkey\" PRIMARY KEY (\"feedback_id\"))");
    await q.query("CREATE INDEX \"case_item_case_idx\" ON \"case_item\"  (\"case_id\", \"attached_at\") ");
    await q.query("CREATE TABLE \"case_event\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"seq\" BIGSERIAL NOT NULL, \"case_id\" uuid NOT NULL, \"type\" text NOT NULL, \"actor_id\" uuid, \"data\" jsonb NOT NULL, \"dedupe_key\" text, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"case_event_type_check\" CHECK (\"type\" IN ('opened', 'attached', 'routed', 'assigned', 'reassigned', 'status_changed', 'sla_warning', 'sla_breached', 'escalated', 'paused', 'resumed')), CONSTRAINT \"PK_5b6e18b2d4fd178711a2269645e\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"case_event_dedupe_idx\" ON \"case_event\"  (\"case_id\", \"dedupe_key\") WHERE dedupe_key IS NOT NULL");
    await q.query("CREATE INDEX \"case_event_case_idx\" ON \"case_event\"  (\"case_id\", \"seq\") ");
    await q.query("ALTER TABLE \"routing_settings\" ADD CONSTRAINT \"routing_settings_updated_by_fk\" FOREIGN KEY (\"updated_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_conversation_fk\" FOREIGN KEY (\"conversation_id\") REFERENCES \"conversation\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_department_fk\" FOREIGN KEY (\"department_id\") REFERENCES \"department\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_assignee_fk\" FOREIGN KEY (\"assignee_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_first_feedback_fk\" FOREIGN KEY (\"first_feedback_id\") REFERENCES \"feedback\"(\"id\") ON DELETE NO ACTION ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_item\" ADD CONSTRAINT \"case_item_feedback_fk\" FOREIGN KEY (\"feedback_id\") REFERENCES \"feedback\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_item\" ADD CONSTRAINT \"case_item_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_event\" ADD CONSTRAINT \"case_event_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_event\" ADD CONSTRAINT \"case_event_actor_fk\" FOREIGN KEY (\"actor_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Items enriched before routing existed get routed now, through the outbox like every new one.
    await q.query(
      "INSERT INTO outbox_message (queue, job_name, payload) SELECT 'routing', 'route', jsonb_build_object('feedbackId', id) FROM feedback WHERE enriched_at IS NOT NULL",
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query("ALTER TABLE \"case_event\" DROP CONSTRAINT \"case_event_actor_fk\"");
    await q.query("ALTER TABLE \"case_event\" DROP CONSTRAINT \"case_event_case_fk\"");
    await q.query("ALTER TABLE \"case_item\" DROP CONSTRAINT \"case_item_case_fk\"");
    await q.query("ALTER TABLE \"case_item\" DROP CONSTRAINT \"case_item_feedback_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_first_feedback_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_assignee_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_department_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_conversation_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_customer_fk\"");
    await q.query("ALTER TABLE \"routing_settings\" DROP CONSTRAINT \"routing_settings_updated_by_fk\"");
    await q.query("DROP INDEX \"public\".\"case_event_case_idx\"");
    await q.query("DROP INDEX \"public\".\"case_event_dedupe_idx\"");
    await q.query("DROP TABLE \"case_event\"");
    await q.query("DROP INDEX \"public\".\"case_item_case_idx\"");
    await q.query("DROP TABLE \"case_item\"");
    await q.query("DROP INDEX \"public\".\"cases_department_inbox_idx\"");
    await q.query("DROP INDEX \"public\".\"cases_assignee_idx\"");
    await q.query("DROP INDEX \"public\".\"cases_customer_idx\"");
    await q.query("DROP INDEX \"public\".\"cases_conversation_idx\"");
    await q.query("DROP INDEX \"public\".\"cases_sla_next_step_idx\"");
    await q.query("DROP TABLE \"cases\"");
    await q.query("DROP TABLE \"routing_settings\"");
  }
}
