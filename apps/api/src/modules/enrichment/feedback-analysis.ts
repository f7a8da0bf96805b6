import type { Sentiment, Urgency } from '@fullcircle/shared';
import type { CountryCode } from 'libphonenumber-js';
import type { PersonalDataSpan } from '../intake/entities/feedback.entity';
import type { TextClassifier } from './classification/classifier-types';
import { scoreSentimentByLexicon } from './classification/lexicon-sentiment';
import type { ModelProvenance } from './classification/model-provenance';
import type { TopicTagger } from './classification/topic-tagger';
import { scoreUrgency } from './classification/urgency-scorer';
import { findPersonalData } from './pii/personal-data';

export interface FeedbackAnalysis {
  sentiment: Sentiment;
  sentimentScore: number;
  sentimentModel: string;
  topics: string[];
  topicsModel: string;
  urgency: Urgency;
  urgencyModel: string;
  personalData: PersonalDataSpan[];
}

export const provenanceLabel = (p: ModelProvenance) => `${p.model}@${p.version}`;

const SENTIMENTS = new Set<string>(['negative', 'neutral', 'positive']);

/**
 * Sentiment from the organisation's trained model when it has one that knows the three labels,
 * else from the cold-start lexicon. A trained model's score is P(positive) − P(negative).
 */
function sentimentOf(text: string, model: TextClassifier | null): Pick<FeedbackAnalysis, 'sentiment' | 'sentimentScore' | 'sentimentModel'> {
  if (model && model.labels.every((l) => SENTIMENTS.has(l))) {
    const prediction = model.predict(text);
    const score = (prediction.scores.positive ?? 0) - (prediction.scores.negative ?? 0);
    return { sentiment: prediction.label as Sentiment, sentimentScore: Math.max(-1, Math.min(1, score)), sentimentModel: provenanceLabel(prediction.provenance) };
  }
  const lexicon = scoreSentimentByLexicon(text);
  return { sentiment: lexicon.label, sentimentScore: lexicon.score, sentimentModel: provenanceLabel(lexicon.provenance) };
}

/** Everything enrichment says about one item's words; pure, so it is tested without a database. */
export function analyseFeedback(
  item: { text: string; subject: string | null },
  tools: { sentimentModel: TextClassifier | null; topics: TopicTagger; defaultCountry?: CountryCode },
): FeedbackAnalysis {
  const whole = item.subject ? `${item.subject}\n${item.text}` : item.text;
  const sentiment = sentimentOf(whole, tools.sentimentModel);
  const topics = tools.topics.tag(whole);
  const urgency = scoreUrgency(whole, { sentimentScore: sentiment.sentimentScore });
  const spans = (field: PersonalDataSpan['field'], value: string | null): PersonalDataSpan[] =>
    value ? findPersonalData(value, { defaultCountry: tools.defaultCountry }).map(({ kind, start, end }) => ({ kind, field, start, end })) : [];
  return {
    ...sentiment,
    topics: topics.topics.map((t) => t.topic),
    topicsModel: provenanceLabel(topics.provenance),
    urgency: urgency.level,
    urgencyModel: provenanceLabel(urgency.provenance),
    personalData: [...spans('subject', item.subject), ...spans('text', item.text)],
  };
}
