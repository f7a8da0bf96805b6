/**
 * Where an item is, and what it is about, from its metadata. Intake keeps whatever the sender put
 * in metadata: airlines send `airport`/`flight`, others `location`/`product`; the generic names win.
 */
export const LOCATION_SQL = `NULLIF(btrim(COALESCE(NULLIF(btrim(f.metadata->>'location'), ''), f.metadata->>'airport')), '')`;
export const PRODUCT_SQL = `NULLIF(btrim(COALESCE(NULLIF(btrim(f.metadata->>'product'), ''), f.metadata->>'flight')), '')`;

/**
 * SQL condition on `feedback f` for the items behind a surge: enriched, on its topic (and in its
 * location or for its product), received since its window started. Parameters: $n topic,
 * $n+1 dimension, $n+2 dimension value, $n+3 window start.
 */
export function surgeItemsCondition(first: number): string {
  const [topic, dimension, value, since] = [first, first + 1, first + 2, first + 3].map((n) => `$${n}`);
  return `f.enriched_at IS NOT NULL AND ${topic}::text = ANY(f.topics) AND f.received_at >= ${since}
    AND (${dimension}::text = 'topic'
      OR (${dimension}::text = 'location' AND ${LOCATION_SQL} = ${value}::text)
      OR (${dimension}::text = 'product' AND ${PRODUCT_SQL} = ${value}::text))`;
}

export interface SurgeKey {
  topic: string;
  dimension: string;
  dimensionValue: string;
  windowStart: Date;
}

export const surgeItemsParams = (s: SurgeKey): unknown[] => [s.topic, s.dimension, s.dimensionValue, s.windowStart];

/**
 * SQL condition on `surge s`: one of the departments in $n handles its topic — it holds cases of
 * items on the topic received over the baseline before the surge (how owners get to see it).
 * $n+1: baseline days.
 */
export function handledByDepartmentsCondition(first: number): string {
  return `EXISTS (SELECT 1 FROM feedback f JOIN case_item ci ON ci.feedback_id = f.id JOIN cases c ON c.id = ci.case_id
    WHERE s.topic = ANY(f.topics) AND f.received_at >= s.window_start - make_interval(days => $${first + 1}::int)
      AND c.department_id = ANY($${first}::uuid[]))`;
}
