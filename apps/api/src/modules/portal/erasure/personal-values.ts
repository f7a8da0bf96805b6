import type { EntityManager } from 'typeorm';

/** What replaces personal free text; short and obviously not the customer's words. */
export const ERASED = '[erased]';
export const ERASED_NAME = 'Erased customer';

/** The ids the erasure touches, collected before anything changes. */
export interface ErasureScope {
  customerIds: string[];
  feedbackIds: string[];
  caseIds: string[];
  conversationIds: string[];
  messageIds: string[];
  invitationIds: string[];
  /** Addresses they were reached at or wrote from (lower case). */
  addresses: string[];
  /** Names, addresses, phone numbers: hunted in every row of every table (lower case, longest first). */
  identifiers: string[];
  /**
   * Their free text (and first words of it): hunted everywhere except in rows another customer
   * owns, whose identical words ("Great service!") are that customer's own (lower case, longest first).
   */
  texts: string[];
  /** Words of their free text no other customer ever wrote (lower case): redacted as whole words in their own records. */
  rareWords: string[];
}

const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
// "+44 7700 900123" (international form), "07700 900123" (national form); not dates or amounts
const PHONE = /\+\d[\d\s().-]{6,}\d|\b0\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4}\b/g;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MIN_TEXT = 8;
const MIN_NAME = 3;

const firstWords = (text: string, n = 8) => {
  const words = text.trim().split(/\s+/);
  return words.length > n ? words.slice(0, n).join(' ') : null;
};

function* stringsIn(value: unknown): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (Array.isArray(value)) for (const v of value) yield* stringsIn(v);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) yield* stringsIn(v);
}

/**
 * Reads (and locks) everything that identifies the customer before it is changed: ids for the
 * targeted updates and the queue purge, and the personal values the generic scrub hunts for in
 * every table. Values: names, identity values, addresses messages went to, their free text
 * (feedback text and subject, survey comments, board comments, and the first words templates
 * quote), strings in feedback metadata and attachments that look personal, and every email
 * address or phone number written inside any of those.
 */
export async function collectScope(manager: EntityManager, customerIds: string[]): Promise<ErasureScope> {
  const ids = async (sql: string, params: unknown[] = [customerIds]) => ((await manager.query(sql, params)) as { id: string }[]).map((r) => r.id);
  await manager.query('SELECT id FROM customer WHERE id = ANY($1::uuid[]) ORDER BY id FOR UPDATE', [customerIds]);
  const feedbackIds = await ids('SELECT id FROM feedback WHERE customer_id = ANY($1::uuid[])');
  const caseIds = await ids('SELECT id FROM cases WHERE customer_id = ANY($1::uuid[])');
  const conversationIds = await ids('SELECT id FROM conversation WHERE customer_id = ANY($1::uuid[])');
  const messageIds = await ids('SELECT id FROM outbound_message WHERE customer_id = ANY($1::uuid[]) OR case_id = ANY($2::uuid[])', [customerIds, caseIds]);
  const invitationIds = await ids('SELECT id FROM survey_invitation WHERE customer_id = ANY($1::uuid[])');

  const texts: string[] = [];
  const short: string[] = [];
  const addresses = new Set<string>();
  const names: { name: string | null }[] = await manager.query('SELECT name FROM customer WHERE id = ANY($1::uuid[])', [customerIds]);
  for (const { name } of names) if (name && name !== ERASED_NAME) short.push(name);
  const identities: { value: string }[] = await manager.query(
    `SELECT value FROM customer_identity WHERE customer_id = ANY($1::uuid[])
     UNION SELECT identity_value FROM portal_token WHERE customer_id = ANY($1::uuid[]) AND identity_value IS NOT NULL
     UNION SELECT to_address FROM outbound_message WHERE id = ANY($2::uuid[]) AND to_address IS NOT NULL`,
    [customerIds, messageIds],
  );
  for (const { value } of identities) {
    addresses.add(value.toLowerCase());
    short.push(value);
  }
  const feedback: { text: string; subject: string | null; metadata: unknown; attachments: unknown; external_message_id: string | null }[] = await manager.query(
    'SELECT text, subject, metadata, attachments, external_message_id FROM feedback WHERE customer_id = ANY($1::uuid[])',
    [customerIds],
  );
  for (const f of feedback) {
    texts.push(f.text, ...(f.subject ? [f.subject] : []), ...(f.external_message_id ? [f.external_message_id] : []));
    for (const s of [...stringsIn(f.metadata), ...stringsIn(f.attachments)]) {
      // personal-looking values only: an address, a number, or words; never dates or ids that other rows share
      if (ISO_DATE.test(s) || UUID.test(s)) continue;
      if (/@|\d{5,}/.test(s) || (s.length >= 12 && /\s/.test(s))) texts.push(s);
    }
  }
  const comments: { text: string }[] = await manager.query(
    `SELECT comment AS text FROM survey_invitation WHERE customer_id = ANY($1::uuid[]) AND comment IS NOT NULL
     UNION ALL SELECT body FROM initiative_comment WHERE customer_id = ANY($1::uuid[])`,
    [customerIds],
  );
  texts.push(...comments.map((c) => c.text));

  const identifierSet = new Set<string>();
  const textSet = new Set<string>();
  const add = (set: Set<string>, s: string | null | undefined, min: number) => {
    const v = s?.trim().toLowerCase();
    if (v && v.length >= min && v !== ERASED && v !== ERASED_NAME.toLowerCase()) set.add(v);
  };
  for (const s of short) add(identifierSet, s, MIN_NAME);
  for (const t of texts) {
    add(textSet, t, MIN_TEXT);
    add(textSet, firstWords(t), MIN_TEXT);
    for (const m of t.match(EMAIL) ?? []) add(identifierSet, m, MIN_TEXT);
    for (const m of t.match(PHONE) ?? []) if (m.replace(/\D/g, '').length >= 7) add(identifierSet, m, MIN_TEXT);
  }
  // candidate words: 6+ letters or digits; rare = in no other customer's feedback (the inbox's GIN index answers this)
  const candidates = [...new Set(texts.flatMap((t) => t.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 6))].slice(0, 1000);
  const rare: { w: string }[] = candidates.length
    ? await manager.query(
        `SELECT w FROM unnest($1::text[]) w
          WHERE NOT EXISTS (SELECT 1 FROM feedback f
                             WHERE to_tsvector('simple', coalesce(f.subject, '') || ' ' || f.text) @@ plainto_tsquery('simple', w)
                               AND f.customer_id <> ALL($2::uuid[]))`,
        [candidates, customerIds],
      )
    : [];
  const longestFirst = (set: Set<string>) => [...set].sort((a, b) => b.length - a.length);
  return {
    customerIds,
    feedbackIds,
    caseIds,
    conversationIds,
    messageIds,
    invitationIds,
    addresses: [...addresses],
    identifiers: longestFirst(identifierSet),
    texts: longestFirst(textSet).filter((t) => !identifierSet.has(t)),
    rareWords: rare.map((r) => r.w),
  };
}
