import type { ScoreScale } from '@fullcircle/shared';
import type { EntityManager } from 'typeorm';

// Two small reads and one write on tables other capabilities own, kept here (not in those modules'
// services) because this channel is the only caller so far; move them to CustomersService and
// FeedbackService when a second caller appears.

/** The customer a link should credit: the one this customer was merged into, if it was. Null if unknown. */
export async function liveCustomerId(manager: EntityManager, customerId: string): Promise<string | null> {
  const [row]: { id: string }[] = await manager.query('SELECT COALESCE(merged_into_id, id) AS id FROM customer WHERE id = $1', [customerId]);
  return row?.id ?? null;
}

/**
 * A changed answer rewrites the survey's own feedback item in place. When its text changes, the
 * item's enrichment is cleared (a detected language with it; a declared one stays) so the new
 * enrichment job runs again instead of stopping at "already enriched".
 */
export async function reviseSurveyFeedback(
  manager: EntityManager,
  feedbackId: string,
  answer: { text: string; scale: ScoreScale; score: number; textChanged: boolean },
): Promise<void> {
  await manager.query(
    `UPDATE feedback
        SET text = $2, score_scale = $3, score_value = $4,
            enriched_at = CASE WHEN $5 THEN NULL ELSE enriched_at END,
            language = CASE WHEN $5 AND language_source = 'detected' THEN NULL ELSE language END,
            language_source = CASE WHEN $5 AND language_source = 'detected' THEN NULL ELSE language_source END
      WHERE id = $1 AND channel = 'survey'`,
    [feedbackId, answer.text, answer.scale, answer.score, answer.textChanged],
  );
}
