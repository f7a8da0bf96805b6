import type { SurgeDimension } from '@fullcircle/shared';

export interface RaisedSurge {
  id: string;
  topic: string;
  dimension: SurgeDimension;
  /** Raised by this run (not found again). */
  isNew: boolean;
}

/**
 * Which newly raised surges to alert on, so one cause alerts once. A storm that cancels flights at
 * JFK makes both "cancellation" and "cancellation at JFK" surge: the topic-wide surge alerts (one
 * alert however many places it spans; its page lists the items, with their locations), and a
 * location or product surge alerts only when its topic has no live topic-wide surge — a local
 * problem too small to move the whole topic. `liveTopics`: topics with a topic-wide surge that was
 * live before this run.
 */
export function surgesToAlert(raised: RaisedSurge[], liveTopics: ReadonlySet<string>): RaisedSurge[] {
  const topicWide = new Set([...liveTopics, ...raised.filter((s) => s.dimension === 'topic').map((s) => s.topic)]);
  return raised.filter((s) => s.isNew && (s.dimension === 'topic' || !topicWide.has(s.topic)));
}
