import type { TimelineEntry } from '@fullcircle/shared';
import { cn } from '../../components/cn';

const TONES: Record<NonNullable<TimelineEntry['sentiment']>, string> = {
  negative: 'bg-red-50 text-red-700 ring-red-200',
  neutral: 'bg-zinc-50 text-zinc-600 ring-zinc-200',
  positive: 'bg-emerald-50 text-emerald-700 ring-emerald-200',
};

/** Enrichment's reading of the item's tone, in words and colour. */
export function SentimentChip({ sentiment }: { sentiment: NonNullable<TimelineEntry['sentiment']> }) {
  return (
    <span title="Sentiment, as read by enrichment" className={cn('rounded-full px-2 py-0.5 text-[11px] font-medium capitalize ring-1 ring-inset', TONES[sentiment])}>
      {sentiment}
    </span>
  );
}
