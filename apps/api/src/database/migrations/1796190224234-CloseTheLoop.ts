import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CloseTheLoop1796190224234 implements MigrationInterface {
  name = 'CloseTheLoop1796190224234';

  async up(q: QueryRunner): Promise<void> {
    await q.query("CREATE TABLE \"case_note\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"author_id\" uuid, \"body\" text NOT NULL, \"mentions\" uuid array NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7b0442af3f3d9273fb63d2799a2\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"case_note_case_idx\" ON \"case_note\"  (\"case_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"case_action\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"description\" text NOT NULL, \"owner_id\" uuid, \"due_date\" date, \"status\" text NOT NULL DEFAULT 'open', \"created_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"completed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"case_action_status_check\" CHECK (\"status\" IN ('open', 'done', 'cancelled')), CONSTRAINT \"case_action_kind_check\" CHECK (\"kind\" IN ('customer_fix', 'process_change', 'product_change', 'policy_change', 'training')), CONSTRAINT \"PK_7039d223da735549d813987c356\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"case_action_owner_idx\" ON \"case_action\"  (\"owner_id\", \"status\") ");
    await q.query("CREATE INDEX \"case_action_case_idx\" ON \"case_action\"  (\"case_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"case_grant\" (\"case_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"granted_by_id\" uuid, \"reason\" text NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"case_grant_pkey\" PRIMARY KEY (\"case_id\", \"user_id\"))");
    await q.query("CREATE INDEX \"case_grant_user_idx\" ON \"case_grant\"  (\"user_id\") ");
    await q.query("CREATE TABLE \"saved_view\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"name\" text NOT NULL, \"query\" jsonb NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_be317311b88c1a5e47ad6c19081\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"saved_view_user_name_idx\" ON \"saved_view\"  (\"user_id\", \"name\") ");
    await q.query("CREATE TABLE \"outbound_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"case_id\" uuid, \"customer_id\" uuid, \"recipient_user_id\" uuid, \"channel\" text NOT NULL, \"purpose\" text NOT NULL, \"to_address\" text, \"subject\" text, \"body\" text NOT NULL, \"status\" text NOT NULL DEFAULT 'queued', \"status_reason\" text, \"attempts\" integer NOT NULL DEFAULT '0', \"author_id\" uuid, \"template_id\" uuid, \"language\" text, \"email_message_id\" text, \"in_reply_to\" text array NOT NULL DEFAULT '{}', \"provider_message_id\" text, \"dedupe_key\" text, \"context\" jsonb NOT NULL DEFAULT '{}', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"sent_at\" TIMESTAMP WITH TIME ZONE, \"delivered_at\" TIMESTAMP WITH TIME ZONE, \"failed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"outbound_message_recipient_check\" CHECK (\"customer_id\" IS NOT NULL OR \"recipient_user_id\" IS NOT NULL), CONSTRAINT \"outbound_message_status_check\" CHECK (\"status\" IN ('queued', 'sending', 'sent', 'delivered', 'failed', 'bounced', 'suppressed')), CONSTRAINT \"outbound_message_purpose_check\" CHECK (\"purpose\" IN ('reply', 'survey', 'announcement', 'staff_notice', 'digest')), CONSTRAINT \"outbound_message_channel_check\" CHECK (\"channel\" IN ('email', 'sms', 'in_app')), CONSTRAINT \"PK_53741fe5d4d5e2cb54dc4a5f446\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"outbound_message_provider_idx\" ON \"outbound_message\"  (\"provider_message_id\") WHERE provider_message_id IS NOT NULL");
    await q.query("CREATE UNIQUE INDEX \"outbound_message_email_id_idx\" ON \"outbound_message\"  (\"email_message_id\") WHERE email_message_id IS NOT NULL");
    await q.query("CREATE INDEX \"outbound_message_budget_idx\" ON \"outbound_message\"  (\"customer_id\", \"purpose\", \"created_at\") WHERE customer_id IS NOT NULL");
    await q.query("CREATE INDEX \"outbound_message_case_idx\" ON \"outbound_message\"  (\"case_id\", \"created_at\") WHERE case_id IS NOT NULL");
    await q.query("CREATE TABLE \"message_template\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" text NOT NULL, \"purpose\" text NOT NULL, \"versions\" jsonb NOT NULL, \"updated_by_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"message_template_purpose_check\" CHECK (\"purpose\" IN ('reply', 'survey', 'announcement')), CONSTRAINT \"PK_616800da109c721fb4dd2019a9b\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"message_template_name_idx\" ON \"message_template\"  (\"name\") ");
    await q.query("CREATE TABLE \"communication_settings\" (\"id\" smallint NOT NULL, \"settings\" jsonb NOT NULL, \"updated_by_id\" uuid, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"communication_settings_single_row_check\" CHECK (\"id\" = 1), CONSTRAINT \"communication_settings_pkey\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE TABLE \"mailbox_message\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"channel\" text NOT NULL, \"from_address\" text NOT NULL, \"to_address\" text NOT NULL, \"subject\" text, \"text\" text NOT NULL, \"headers\" jsonb NOT NULL DEFAULT '{}', \"raw\" text, \"outbound_message_id\" uuid, \"received_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_eb5beb35e00faf3cb0dd9a0e534\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE INDEX \"mailbox_message_to_idx\" ON \"mailbox_message\"  (\"to_address\", \"received_at\") ");
    await q.query("CREATE INDEX \"mailbox_message_received_idx\" ON \"mailbox_message\"  (\"received_at\", \"id\") ");
    await q.query("CREATE TABLE \"staff_notification\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"kind\" text NOT NULL, \"title\" text NOT NULL, \"body\" text NOT NULL, \"case_id\" uuid, \"actor_id\" uuid, \"dedupe_key\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"read_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"staff_notification_kind_check\" CHECK (\"kind\" IN ('mention', 'assigned', 'sla_warning', 'sla_breach', 'escalation', 'low_score', 'recognition', 'reopened')), CONSTRAINT \"PK_687ce8c4bfb1aca0b40c5d828cc\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"staff_notification_dedupe_idx\" ON \"staff_notification\"  (\"user_id\", \"dedupe_key\") WHERE dedupe_key IS NOT NULL");
    await q.query("CREATE INDEX \"staff_notification_unread_idx\" ON \"staff_notification\"  (\"user_id\") WHERE read_at IS NULL");
    await q.query("CREATE INDEX \"staff_notification_user_idx\" ON \"staff_notification\"  (\"user_id\", \"created_at\") ");
    await q.query("CREATE TABLE \"feed_entry\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"kind\" text NOT NULL, \"department_id\" uuid, \"title\" text NOT NULL, \"body\" text NOT NULL, \"case_id\" uuid, \"person_id\" uuid, \"author_id\" uuid, \"dedupe_key\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"feed_entry_kind_check\" CHECK (\"kind\" IN ('lesson', 'process_change', 'recognition', 'announcement')), CONSTRAINT \"PK_660671dabceb0f7e5dc9200813c\" PRIMARY KEY (\"id\"))");
    await q.query("CREATE UNIQUE INDEX \"feed_entry_dedupe_idx\" ON \"feed_entry\"  (\"dedupe_key\") WHERE dedupe_key IS NOT NULL");
    await q.query("CREATE INDEX \"feed_entry_department_idx\" ON \"feed_entry\"  (\"department_id\", \"created_at\") ");
    await q.query("CREATE INDEX \"feed_entry_created_idx\" ON \"feed_entry\"  (\"created_at\", \"id\") ");
    await q.query("CREATE TABLE \"communication_preferences\" (\"user_id\" uuid NOT NULL, \"feed_digest\" boolean NOT NULL DEFAULT false, \"email_notifications\" boolean NOT NULL DEFAULT true, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"communication_preferences_pkey\" PRIMARY KEY (\"user_id\"))");
    await q.query("ALTER TABLE \"customer\" ADD \"preferred_channel\" text");
    await q.query("ALTER TABLE \"cases\" ADD \"resolution\" jsonb");
    await q.query("ALTER TABLE \"cases\" ADD \"closed_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"cases\" ADD \"reopen_count\" integer NOT NULL DEFAULT '0'");
    await q.query("ALTER TABLE \"cases\" ADD \"merged_into_id\" uuid");
    await q.query("ALTER TABLE \"cases\" ADD \"follow_up_status\" text");
    await q.query("ALTER TABLE \"cases\" ADD \"follow_up_at\" TIMESTAMP WITH TIME ZONE");
    await q.query("ALTER TABLE \"survey_invitation\" ADD \"case_id\" uuid");
    await q.query("CREATE INDEX \"survey_invitation_case_idx\" ON \"survey_invitation\"  (\"case_id\") WHERE case_id IS NOT NULL");
    await q.query("ALTER TABLE \"customer\" ADD CONSTRAINT \"customer_preferred_channel_check\" CHECK (\"preferred_channel\" IN ('email', 'sms', 'in_app'))");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_follow_up_status_check\" CHECK (\"follow_up_status\" IN ('scheduled', 'sent', 'answered', 'cancelled', 'suppressed'))");
    await q.query("ALTER TABLE \"cases\" ADD CONSTRAINT \"cases_merged_into_fk\" FOREIGN KEY (\"merged_into_id\") REFERENCES \"cases\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_note\" ADD CONSTRAINT \"case_note_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_note\" ADD CONSTRAINT \"case_note_author_fk\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_action\" ADD CONSTRAINT \"case_action_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_action\" ADD CONSTRAINT \"case_action_owner_fk\" FOREIGN KEY (\"owner_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_action\" ADD CONSTRAINT \"case_action_created_by_fk\" FOREIGN KEY (\"created_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_grant\" ADD CONSTRAINT \"case_grant_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"case_grant\" ADD CONSTRAINT \"case_grant_user_fk\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"saved_view\" ADD CONSTRAINT \"saved_view_user_fk\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"outbound_message\" ADD CONSTRAINT \"outbound_message_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"outbound_message\" ADD CONSTRAINT \"outbound_message_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES \"customer\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"outbound_message\" ADD CONSTRAINT \"outbound_message_recipient_user_fk\" FOREIGN KEY (\"recipient_user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"outbound_message\" ADD CONSTRAINT \"outbound_message_author_fk\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"message_template\" ADD CONSTRAINT \"message_template_updated_by_fk\" FOREIGN KEY (\"updated_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"communication_settings\" ADD CONSTRAINT \"communication_settings_updated_by_fk\" FOREIGN KEY (\"updated_by_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"staff_notification\" ADD CONSTRAINT \"staff_notification_user_fk\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"staff_notification\" ADD CONSTRAINT \"staff_notification_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"staff_notification\" ADD CONSTRAINT \"staff_notification_actor_fk\" FOREIGN KEY (\"actor_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feed_entry\" ADD CONSTRAINT \"feed_entry_department_fk\" FOREIGN KEY (\"department_id\") REFERENCES \"department\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feed_entry\" ADD CONSTRAINT \"feed_entry_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feed_entry\" ADD CONSTRAINT \"feed_entry_person_fk\" FOREIGN KEY (\"person_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"feed_entry\" ADD CONSTRAINT \"feed_entry_author_fk\" FOREIGN KEY (\"author_id\") REFERENCES \"app_user\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"communication_preferences\" ADD CONSTRAINT \"communication_preferences_user_fk\" FOREIGN KEY (\"user_id\") REFERENCES \"app_user\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await q.query("ALTER TABLE \"survey_invitation\" ADD CONSTRAINT \"survey_invitation_case_fk\" FOREIGN KEY (\"case_id\") REFERENCES \"cases\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    // Expression indexes (entities declare them with synchronize: false): the inbox's full-text
    // search over items and its default "SLA due first" order over 100k+ open cases.
    await q.query(`CREATE INDEX "feedback_text_search_idx" ON "feedback" USING gin (to_tsvector('simple', coalesce("subject", '') || ' ' || "text"))`);
    await q.query(
      `CREATE INDEX "cases_inbox_sla_idx" ON "cases" ("department_id", (coalesce("sla_due_at", 'infinity'::timestamptz)), "opened_at", "id") WHERE "status" IN ('new', 'assigned', 'in_progress', 'waiting_on_customer')`,
    );
    await q.query(
      `CREATE INDEX "cases_open_sla_idx" ON "cases" ((coalesce("sla_due_at", 'infinity'::timestamptz)), "opened_at", "id") WHERE "status" IN ('new', 'assigned', 'in_progress', 'waiting_on_customer')`,
    );
    // The case history's new event types (replies, notes, actions, resolution, merges, follow-ups).
    await q.query(`ALTER TABLE "case_event" DROP CONSTRAINT "case_event_type_check"`);
    await q.query(`ALTER TABLE "case_event" ADD CONSTRAINT "case_event_type_check" CHECK ("type" IN ('opened', 'attached', 'routed', 'assigned', 'reassigned', 'status_changed', 'sla_warning', 'sla_breached', 'escalated', 'paused', 'resumed', 'reply_queued', 'message_status', 'note_added', 'action_added', 'action_updated', 'resolved', 'reopened', 'closed', 'merged', 'merged_from', 'survey_scheduled', 'survey_sent', 'survey_answered', 'survey_cancelled'))`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE "case_event" DROP CONSTRAINT "case_event_type_check"`);
    await q.query(`ALTER TABLE "case_event" ADD CONSTRAINT "case_event_type_check" CHECK ("type" IN ('opened', 'attached', 'routed', 'assigned', 'reassigned', 'status_changed', 'sla_warning', 'sla_breached', 'escalated', 'paused', 'resumed'))`);
    await q.query(`DROP INDEX "cases_open_sla_idx"`);
    await q.query(`DROP INDEX "cases_inbox_sla_idx"`);
    await q.query(`DROP INDEX "feedback_text_search_idx"`);
    await q.query("ALTER TABLE \"survey_invitation\" DROP CONSTRAINT \"survey_invitation_case_fk\"");
    await q.query("ALTER TABLE \"communication_preferences\" DROP CONSTRAINT \"communication_preferences_user_fk\"");
    await q.query("ALTER TABLE \"feed_entry\" DROP CONSTRAINT \"feed_entry_author_fk\"");
    await q.query("ALTER TABLE \"feed_entry\" DROP CONSTRAINT \"feed_entry_person_fk\"");
    await q.query("ALTER TABLE \"feed_entry\" DROP CONSTRAINT \"feed_entry_case_fk\"");
    await q.query("ALTER TABLE \"feed_entry\" DROP CONSTRAINT \"feed_entry_department_fk\"");
    await q.query("ALTER TABLE \"staff_notification\" DROP CONSTRAINT \"staff_notification_actor_fk\"");
    await q.query("ALTER TABLE \"staff_notification\" DROP CONSTRAINT \"staff_notification_case_fk\"");
    await q.query("ALTER TABLE \"staff_notification\" DROP CONSTRAINT \"staff_notification_user_fk\"");
    await q.query("ALTER TABLE \"communication_settings\" DROP CONSTRAINT \"communication_settings_updated_by_fk\"");
    await q.query("ALTER TABLE \"message_template\" DROP CONSTRAINT \"message_template_updated_by_fk\"");
    await q.query("ALTER TABLE \"outbound_message\" DROP CONSTRAINT \"outbound_message_author_fk\"");
    await q.query("ALTER TABLE \"outbound_message\" DROP CONSTRAINT \"outbound_message_recipient_user_fk\"");
    await q.query("ALTER TABLE \"outbound_message\" DROP CONSTRAINT \"outbound_message_customer_fk\"");
    await q.query("ALTER TABLE \"outbound_message\" DROP CONSTRAINT \"outbound_message_case_fk\"");
    await q.query("ALTER TABLE \"saved_view\" DROP CONSTRAINT \"saved_view_user_fk\"");
    await q.query("ALTER TABLE \"case_grant\" DROP CONSTRAINT \"case_grant_user_fk\"");
    await q.query("ALTER TABLE \"case_grant\" DROP CONSTRAINT \"case_grant_case_fk\"");
    await q.query("ALTER TABLE \"case_action\" DROP CONSTRAINT \"case_action_created_by_fk\"");
    await q.query("ALTER TABLE \"case_action\" DROP CONSTRAINT \"case_action_owner_fk\"");
    await q.query("ALTER TABLE \"case_action\" DROP CONSTRAINT \"case_action_case_fk\"");
    await q.query("ALTER TABLE \"case_note\" DROP CONSTRAINT \"case_note_author_fk\"");
    await q.query("ALTER TABLE \"case_note\" DROP CONSTRAINT \"case_note_case_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_merged_into_fk\"");
    await q.query("ALTER TABLE \"cases\" DROP CONSTRAINT \"cases_follow_up_status_check\"");
    await q.query("ALTER TABLE \"customer\" DROP CONSTRAINT \"customer_preferred_channel_check\"");
    await q.query("DROP INDEX \"public\".\"survey_invitation_case_idx\"");
    await q.query("ALTER TABLE \"survey_invitation\" DROP COLUMN \"case_id\"");
    await q.query("ALTER TABLE \"cases\" DROP COLUMN \"follow_up_at\"");
    await q.query("ALTER TABLE \"cases\" DROP COLUMN \"follow_up_status\"");
    await q.query("ALTER TABLE \"cases\" DROP COLUMN \"merged_into_id\"");
    await q.query("ALTER TABLE \"cases\" DROP COLUMN \"reopen_count\"");
    await q.query("ALTER TABLE \"cases\" DROP COLUMN \"closed_at\"");
    await q.query("ALTER TABLE \"cases\" DROP COLUMN \"resolution\"");
    await q.query("ALTER TABLE \"customer\" DROP COLUMN \"preferred_channel\"");
    await q.query("DROP TABLE \"communication_preferences\"");
    await q.query("DROP INDEX \"public\".\"feed_entry_created_idx\"");
    await q.query("DROP INDEX \"public\".\"feed_entry_department_idx\"");
    await q.query("DROP INDEX \"public\".\"feed_entry_dedupe_idx\"");
    await q.query("DROP TABLE \"feed_entry\"");
    await q.query("DROP INDEX \"public\".\"staff_notification_user_idx\"");
    await q.query("DROP INDEX \"public\".\"staff_notification_unread_idx\"");
    await q.query("DROP INDEX \"public\".\"staff_notification_dedupe_idx\"");
    await q.query("DROP TABLE \"staff_notification\"");
    await q.query("DROP INDEX \"public\".\"mailbox_message_received_idx\"");
    await q.query("DROP INDEX \"public\".\"mailbox_message_to_idx\"");
    await q.query("DROP TABLE \"mailbox_message\"");
    await q.query("DROP TABLE \"communication_settings\"");
    await q.query("DROP INDEX \"public\".\"message_template_name_idx\"");
    await q.query("DROP TABLE \"message_template\"");
    await q.query("DROP INDEX \"public\".\"outbound_message_case_idx\"");
    await q.query("DROP INDEX \"public\".\"outbound_message_budget_idx\"");
    await q.query("DROP INDEX \"public\".\"outbound_message_email_id_idx\"");
    await q.query("DROP INDEX \"public\".\"outbound_message_provider_idx\"");
    await q.query("DROP TABLE \"outbound_message\"");
    await q.query("DROP INDEX \"public\".\"saved_view_user_name_idx\"");
    await q.query("DROP TABLE \"saved_view\"");
    await q.query("DROP INDEX \"public\".\"case_grant_user_idx\"");
    await q.query("DROP TABLE \"case_grant\"");
    await q.query("DROP INDEX \"public\".\"case_action_case_idx\"");
    await q.query("DROP INDEX \"public\".\"case_action_owner_idx\"");
    await q.query("DROP TABLE \"case_action\"");
    await q.query("DROP INDEX \"public\".\"case_note_case_idx\"");
    await q.query("DROP TABLE \"case_note\"");
  }
}
