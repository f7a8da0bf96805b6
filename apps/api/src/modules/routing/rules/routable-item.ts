import type { Channel, Score, Sentiment, Urgency } from '@fullcircle/shared';

/** What routing rules see of an enriched feedback item and its customer. */
export interface RoutableItem {
  channel: Channel;
  text: string;
  subject: string | null;
  language: string | null;
  sentiment: Sentiment | null;
  urgency: Urgency | null;
  score: Score | null;
  topics: readonly string[];
  journeyStage: string | null;
  customerSegment: string | null;
  customerVip: boolean;
}
