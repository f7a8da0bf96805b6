import type { EntityManager } from 'typeorm';
import { ERASED, ERASED_NAME, type ErasureScope } from './personal-values';

/**
 * Jobs that act on the customer by id and would reach, contact or re-analyse them after the
 * erasure: a message dispatch or follow-up survey (never contact an erased person), enrichment
 * and routing of an item not processed yet (it would analyse "[erased]" and invent a sentiment,
 * moving KPIs). Other jobs carrying their ids (SLA steps, auto-close, audit records) stay: they
 * only keep the anonymous case's bookkeeping right. Jobs anywhere that carry personal VALUES are
 * removed regardless (see QueuePurgeService).
 */
export const ID_BOUND_JOBS: Record<string, readonly string[]> = {
  communications: ['dispatch', 'follow-up-survey'],
  enrichment: ['enrich'],
  routing: ['route'],
};

async function count(manager: EntityManager, sql: string, params: unknown[]): Promise<number> {
  const res = (await manager.query(sql, params)) as [unknown, number] | unknown[];
  // TypeORM's postgres driver answers UPDATE/DELETE with [rows, affected]
  return Array.isArray(res) && res.length === 2 && typeof res[1] === 'number' ? res[1] : 0;
}

/**
 * The targeted part of an erasure, inside the caller's transaction. What is KEPT, so KPIs and
 * the organisation's records do not move: every feedback row with its channel, score, sentiment,
 * topics, urgency, language, timestamps and case/department links; cases, their events, actions
 * and status history; consent records (the company's wording and the yes/no with its date: proof
 * of what we were allowed to do, with no personal value in it); survey invitations (scores);
 * initiative links, votes, follows and notices (board counts). What is REMOVED or REDACTED: the
 * person's name, language and segment; their identities; sign-in tokens and sessions (which signs
 * them out everywhere); their free text, subjects, metadata, attachments and PII spans; comments
 * on surveys and the public board; messages' addresses, subjects and bodies; development mailbox
 * copies; and queued jobs that would still contact them. Copies elsewhere are found by the
 * generic scrub that runs next. Returns rows changed per table.
 */
export async function anonymise(manager: EntityManager, s: ErasureScope): Promise<Record<string, number>> {
  const ids = [s.customerIds];
  const summary: Record<string, number> = {};
  const tally = (table: string, n: number) => {
    if (n > 0) summary[table] = (summary[table] ?? 0) + n;
  };
  tally(
    'customer',
    await count(
      manager,
      `UPDATE customer SET name = $2, locale = NULL, segment = NULL, vip = false, preferred_channel = NULL, updated_at = now()
        WHERE id = ANY($1::uuid[])`,
      [s.customerIds, ERASED_NAME],
    ),
  );
  tally('customer_identity', await count(manager, 'DELETE FROM customer_identity WHERE customer_id = ANY($1::uuid[])', ids));
  tally('portal_token', await count(manager, 'DELETE FROM portal_token WHERE customer_id = ANY($1::uuid[])', ids));
  tally('customer_session', await count(manager, 'DELETE FROM customer_session WHERE customer_id = ANY($1::uuid[])', ids));
  tally(
    'feedback',
    await count(
      manager,
      `UPDATE feedback SET text = $2, subject = CASE WHEN subject IS NULL THEN NULL ELSE $2 END, metadata = '{}', attachments = '[]',
              personal_data = '[]', external_message_id = NULL, idempotency_key = NULL
        WHERE customer_id = ANY($1::uuid[])`,
      [s.customerIds, ERASED],
    ),
  );
  // the chat widget's secret for posting follow-ups into the thread
  tally('conversation', await count(manager, 'UPDATE conversation SET access_token_hash = NULL WHERE customer_id = ANY($1::uuid[]) AND access_token_hash IS NOT NULL', ids));
  tally('survey_invitation', await count(manager, 'UPDATE survey_invitation SET comment = NULL WHERE customer_id = ANY($1::uuid[]) AND comment IS NOT NULL', ids));
  // public words under their (now anonymous) name: removed rather than left as "[erased]" on the board
  tally('initiative_comment', await count(manager, 'DELETE FROM initiative_comment WHERE customer_id = ANY($1::uuid[])', ids));
  tally(
    'mailbox_message',
    await count(
      manager,
      `DELETE FROM mailbox_message
        WHERE outbound_message_id = ANY($1::uuid[]) OR lower(to_address) = ANY($2::text[]) OR lower(from_address) = ANY($2::text[])`,
      [s.messageIds, s.addresses],
    ),
  );
  tally(
    'outbound_message',
    await count(
      manager,
      `UPDATE outbound_message
          SET to_address = NULL, subject = CASE WHEN subject IS NULL THEN NULL ELSE $2 END, body = $2, context = '{}', in_reply_to = '{}',
              status = CASE WHEN status = 'queued' THEN 'suppressed' ELSE status END,
              status_reason = CASE WHEN status = 'queued' THEN 'The customer had their data erased' ELSE status_reason END
        WHERE id = ANY($1::uuid[])`,
      [s.messageIds, ERASED],
    ),
  );
  // outbox rows not yet relayed to the queues that would still act on them (see ID_BOUND_JOBS)
  const allIds = [...s.customerIds, ...s.feedbackIds, ...s.caseIds, ...s.messageIds, ...s.invitationIds];
  const bound = Object.entries(ID_BOUND_JOBS).flatMap(([queue, jobs]) => jobs.map((job) => `${queue}:${job}`));
  tally(
    'outbox_message',
    await count(
      manager,
      `DELETE FROM outbox_message
        WHERE dispatched_at IS NULL AND (queue || ':' || job_name) = ANY($2::text[])
          AND EXISTS (SELECT 1 FROM unnest($1::text[]) i WHERE strpos(payload::text, i) > 0)`,
      [allIds, bound],
    ),
  );
  return summary;
}
