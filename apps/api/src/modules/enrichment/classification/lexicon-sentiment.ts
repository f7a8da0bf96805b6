import type { ModelProvenance } from './model-provenance';
import { DIMINISHERS, INTENSIFIERS, SENTIMENT_LEXICON } from './sentiment-lexicon';
import { tokenizeDetailed } from './text-features';

export type SentimentLabel = 'negative' | 'neutral' | 'positive';

export interface SentimentResult {
  label: SentimentLabel;
  /** −1 (very negative) … +1 (very positive). */
  score: number;
  /** The words that carried the score, for explaining it. */
  evidence: string[];
  provenance: ModelProvenance;
}

/** Bump when the rules or the lexicon change: every stored score records it. */
export const LEXICON_SENTIMENT_VERSION = '1';
export const LEXICON_SENTIMENT_PROVENANCE: ModelProvenance = {
  model: 'lexicon-sentiment',
  version: LEXICON_SENTIMENT_VERSION,
};

/** VADER's normalisation constant: sum / sqrt(sum² + α) maps any sum into (−1, 1). */
const NORMALISATION_ALPHA = 15;
/** A negated word keeps part of its strength, flipped ("not good" is milder than "bad"). */
const NEGATION_FACTOR = -0.75;
/** Words after "but" count more than those before it ("nice crew but lost my bag"). */
const BEFORE_BUT = 0.5;
const AFTER_BUT = 1.5;
/** Below this magnitude a text is neutral. */
const NEUTRAL_BAND = 0.1;

/**
 * Cold-start sentiment from rules and a small lexicon, used until an organisation has enough
 * labelled feedback to train a classifier. It reads negation (`not_` tokens from the tokenizer),
 * intensifiers and diminishers just before a word, "but" contrasts, and exclamation marks.
 * Measured on real feedback it is well below a trained model; see tools/bench/classifiers.mjs.
 */
export function scoreSentimentByLexicon(text: string): SentimentResult {
  const tokens = tokenizeDetailed(text, { negationScope: 3 });
  const butAt = tokens.findIndex((token) => token.base === 'but');
  let sum = 0;
  const evidence: string[] = [];
  tokens.forEach((token, position) => {
    const valence = SENTIMENT_LEXICON[token.base];
    if (valence === undefined) return;
    let value = valence;
    const previous = tokens[position - 1]?.base;
    if (previous && INTENSIFIERS[previous]) value *= INTENSIFIERS[previous];
    else if (previous && DIMINISHERS[previous]) value *= DIMINISHERS[previous];
    if (token.text.startsWith('not_')) value *= NEGATION_FACTOR;
    if (butAt >= 0) value *= position < butAt ? BEFORE_BUT : position > butAt ? AFTER_BUT : 1;
    sum += value;
    evidence.push(token.text);
  });
  if (sum !== 0) {
    const exclamations = Math.min(3, tokens.filter((token) => token.base === '!').length);
    sum += Math.sign(sum) * 0.3 * exclamations;
  }
  const score = sum / Math.sqrt(sum * sum + NORMALISATION_ALPHA);
  const label: SentimentLabel = score >= NEUTRAL_BAND ? 'positive' : score <= -NEUTRAL_BAND ? 'negative' : 'neutral';
  return { label, score: Math.round(score * 1000) / 1000, evidence, provenance: LEXICON_SENTIMENT_PROVENANCE };
}
