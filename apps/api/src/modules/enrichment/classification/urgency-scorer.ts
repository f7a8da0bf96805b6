import { scoreSentimentByLexicon } from './lexicon-sentiment';
import type { ModelProvenance } from './model-provenance';
import { type Token, tokenizeDetailed } from './text-features';

export type UrgencyLevel = 'low' | 'normal' | 'high' | 'critical';

export interface UrgencyResult {
  level: UrgencyLevel;
  /** 0 … 1: the points found relative to what makes an item critical. */
  score: number;
  /** Why, e.g. `safety: "unsafe"`, `shouting`; shown with the score. */
  reasons: string[];
  provenance: ModelProvenance;
}

/** Bump when the rules change: every stored urgency records it. */
export const RULE_URGENCY_VERSION = '1';
export const RULE_URGENCY_PROVENANCE: ModelProvenance = { model: 'rule-urgency', version: RULE_URGENCY_VERSION };

/** Word groups and their points; a `*` suffix matches words that start with the rest. */
const SIGNALS: { reason: string; points: number; keywords: string[] }[] = [
  {
    reason: 'safety',
    points: 4,
    keywords: ['safety', 'unsafe', 'danger*', 'injur*', 'hurt', 'bleeding', 'medical', 'ambulance', 'emergency', 'fire', 'smoke', 'assault*', 'threaten*', 'harass*', 'heart attack', 'allergic reaction', 'poison*'],
  },
  {
    reason: 'legal',
    points: 3,
    keywords: ['lawyer*', 'attorney*', 'sue', 'suing', 'lawsuit*', 'legal action', 'court', 'small claims', 'ombudsman', 'regulator*', 'trading standards', 'chargeback'],
  },
  {
    reason: 'urgent',
    points: 2,
    keywords: ['urgent*', 'asap', 'immediately', 'right now', 'stranded', 'desperate*'],
  },
  {
    reason: 'stuck',
    points: 1,
    keywords: ['stuck', 'still waiting', 'no one is helping', 'nobody is helping', 'missed my flight', 'missed my connection'],
  },
  {
    reason: 'churn',
    points: 1,
    keywords: ['never again', 'never fly', 'switching to', 'close my account', 'cancel my account', 'last time'],
  },
];

const HIGH_AT = 3;
const CRITICAL_AT = 5;

/**
 * Rule-based urgency: words (safety, legal threats, "urgent", "stranded"), shouting (three or more
 * words in capitals, common acronyms aside), repeated `!`/`?`, and strong negativity add points; negated words ("not urgent")
 * do not count. 0 points and no negativity → low; 1–2 → normal; 3–4 → high; 5+ → critical
 * (a safety word plus anything else, or a legal threat from an angry, shouting customer).
 * Pass the item's sentiment score when it is already known; otherwise the lexicon scorer's is used.
 */
export function scoreUrgency(text: string, options: { sentimentScore?: number } = {}): UrgencyResult {
  const words = tokenizeDetailed(text, { negationScope: 3 });
  const reasons: string[] = [];
  let points = 0;
  for (const signal of SIGNALS) {
    const found = signal.keywords.find((keyword) => containsKeyword(words, keyword));
    if (found) {
      points += signal.points;
      reasons.push(`${signal.reason}: "${found.replace(/\*$/, '')}"`);
    }
  }
  const shouted = (text.match(/\b[A-Z]{2,}\b/g) ?? []).filter((word) => !ACRONYMS.has(word));
  if (shouted.length >= 3) {
    points += 1;
    reasons.push('shouting');
  }
  if (/[!?]{2,}/.test(text)) {
    points += 1;
    reasons.push('repeated punctuation');
  }
  const sentiment = options.sentimentScore ?? scoreSentimentByLexicon(text).score;
  if (sentiment <= -0.5) {
    points += 1;
    reasons.push('very negative');
  }
  const level: UrgencyLevel =
    points >= CRITICAL_AT ? 'critical' : points >= HIGH_AT ? 'high' : points > 0 || sentiment < 0 ? 'normal' : 'low';
  return {
    level,
    score: Math.min(1, Math.round((points / CRITICAL_AT) * 1000) / 1000),
    reasons,
    provenance: RULE_URGENCY_PROVENANCE,
  };
}

/** Capitalised words that are not shouting. */
const ACRONYMS = new Set(['OK', 'AM', 'PM', 'TV', 'ID', 'DM', 'UK', 'US', 'EU', 'UA', 'AA', 'BA', 'DL', 'USA', 'LAX', 'JFK', 'SFO', 'ORD', 'DFW', 'ATL', 'LHR', 'CEO', 'FAQ', 'NPS', 'ASAP', 'URL', 'PDF', 'SMS', 'API', 'VIP', 'TSA', 'FAA', 'DOT']);

/**
 * Whether the keyword occurs with its first word not negated ("not urgent" does not count). Later
 * words are compared without the negation mark, so "never again" still matches.
 */
function containsKeyword(words: Token[], keyword: string): boolean {
  const parts = keyword.split(' ');
  for (let start = 0; start + parts.length <= words.length; start++) {
    const hit = parts.every((part, offset) => {
      const word = offset === 0 ? words[start].text : words[start + offset].base;
      return part.endsWith('*') ? word.startsWith(part.slice(0, -1)) : word === part;
    });
    if (hit) return true;
  }
  return false;
}
