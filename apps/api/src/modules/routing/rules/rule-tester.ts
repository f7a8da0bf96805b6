import type { Channel, RoutingRuleInput, RoutingRuleTestExample, RoutingRuleTestResult, ScoreScale, Sentiment, Urgency } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';
import { ruleMatches } from './rule-engine';
import type { RoutableItem } from './routable-item';

export const TEST_WINDOW_DAYS = 30;
/** The newest this many items of the window are examined; older ones are left out and the answer says so. */
export const TEST_ITEM_CAP = 20_000;
const BATCH = 1_000;
const EXAMPLES = 5;
const EXCERPT = 160;

/** An item as the routing queries select it (feedback joined with its customer). */
export interface RoutableRow {
  id: string;
  channel: Channel;
  subject: string | null;
  text: string;
  language: string | null;
  sentiment: Sentiment | null;
  urgency: Urgency | null;
  score_scale: ScoreScale | null;
  score_value: number | null;
  topics: string[];
  journey_stage: string | null;
  received_at: Date;
  /** received_at as PostgreSQL prints it, microseconds included, for an exact keyset cursor. */
  received_key: string;
  customer_segment: string | null;
  customer_vip: boolean;
}

/** What a rule sees of a stored item and its customer. */
export function toRoutableItem(row: RoutableRow): RoutableItem {
  return {
    channel: row.channel,
    text: row.text,
    subject: row.subject,
    language: row.language,
    sentiment: row.sentiment,
    urgency: row.urgency,
    score: row.score_scale !== null && row.score_value !== null ? { scale: row.score_scale, value: row.score_value } : null,
    topics: row.topics ?? [],
    journeyStage: row.journey_stage,
    customerSegment: row.customer_segment ?? null,
    customerVip: row.customer_vip ?? false,
  };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1)}…` : flat;
}

/**
 * Runs the routing engine (the same code that routes live items) over the newest items of the last
 * 30 days, in batches walked newest first by (received_at, id), so memory stays flat.
 */
export async function testRuleOverFeedback(
  manager: EntityManager,
  rule: Pick<RoutingRuleInput, 'match' | 'conditions'>,
  now: Date = new Date(),
): Promise<RoutingRuleTestResult> {
  const since = new Date(now.getTime() - TEST_WINDOW_DAYS * 86_400_000);
  const [{ total }] = await manager.query<{ total: number }[]>(
    `SELECT count(*)::int AS total FROM feedback WHERE received_at >= $1 AND received_at <= $2`,
    [since, now],
  );
  let examined = 0;
  let matched = 0;
  const examples: RoutingRuleTestExample[] = [];
  let cursor: { at: string; id: string } | null = null;
  while (examined < TEST_ITEM_CAP) {
    const limit = Math.min(BATCH, TEST_ITEM_CAP - examined);
    const params: unknown[] = [since, now, limit];
    let after = '';
    if (cursor) {
      params.push(cursor.at, cursor.id);
      after = 'AND (f.received_at, f.id) < ($4::timestamptz, $5::uuid)';
    }
    const rows = await manager.query<RoutableRow[]>(
      `SELECT f.id, f.channel, f.subject, f.text, f.language, f.sentiment, f.urgency, f.score_scale, f.score_value, f.topics, f.journey_stage,
              f.received_at, f.received_at::text AS received_key, cu.segment AS customer_segment, cu.vip AS customer_vip
         FROM feedback f JOIN customer cu ON cu.id = f.customer_id
        WHERE f.received_at >= $1 AND f.received_at <= $2 ${after}
        ORDER BY f.received_at DESC, f.id DESC
        LIMIT $3`,
      params,
    );
    for (const row of rows) {
      if (ruleMatches(rule, toRoutableItem(row)) === null) continue;
      matched += 1;
      if (examples.length < EXAMPLES) {
        examples.push({ id: row.id, channel: row.channel, excerpt: excerpt(row.subject ? `${row.subject} — ${row.text}` : row.text), receivedAt: new Date(row.received_at).toISOString() });
      }
    }
    examined += rows.length;
    if (rows.length < limit) break;
    const last = rows[rows.length - 1];
    cursor = { at: last.received_key, id: last.id };
  }
  return { matched, examined, capped: total > examined, windowDays: TEST_WINDOW_DAYS, examples };
}
