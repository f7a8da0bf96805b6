import type { AcceptedFeedback, Channel, Score, TimelineEntry } from '@fullcircle/shared';
import type { Feedback } from './entities/feedback.entity';

export function toScore(f: Pick<Feedback, 'scoreScale' | 'scoreValue'>): Score | null {
  return f.scoreScale && f.scoreValue !== null ? { scale: f.scoreScale, value: f.scoreValue } : null;
}

export function toAcceptedFeedback(f: {
  id: string;
  customerId: string;
  conversationId: string;
  conversationReference: string;
  channel: Channel;
  receivedAt: Date;
}): AcceptedFeedback {
  return {
    id: f.id,
    customerId: f.customerId,
    conversationId: f.conversationId,
    conversationReference: f.conversationReference,
    channel: f.channel,
    status: 'accepted',
    receivedAt: f.receivedAt.toISOString(),
  };
}

export function toTimelineEntry(f: Feedback): TimelineEntry {
  return {
    kind: 'feedback',
    id: f.id,
    channel: f.channel,
    subject: f.subject,
    text: f.text,
    score: toScore(f),
    language: f.language,
    sentiment: f.sentiment,
    topics: f.topics,
    conversationReference: f.conversation!.reference,
    at: f.receivedAt.toISOString(),
  };
}
