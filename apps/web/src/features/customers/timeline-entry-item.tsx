import type { TimelineEntry } from '@fullcircle/shared';
import { CorrectLabelsButton } from '../enrichment/correct-labels-button';
import { CHANNEL_META } from '../intake/channel-catalogue';
// The same relative wording as the users table ("3 hours ago", "yesterday").
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { ChannelAvatar, LanguageTag, TopicChip } from './feedback-chips';
import { ScoreChip } from './score-chip';
import { SentimentChip } from './sentiment-chip';

/**
 * One thing the customer said. Text is stored as the customer sent it and rendered as plain text
 * (React escapes it; never innerHTML), with their line breaks kept.
 */
export function TimelineEntryItem({ entry }: { entry: TimelineEntry }) {
  const channel = CHANNEL_META[entry.channel];
  return (
    <li className="relative flex gap-3 px-5 py-4">
      <ChannelAvatar channel={entry.channel} className="ring-4 ring-white" />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <span className="font-medium text-zinc-700">{channel.label}</span>
          <span aria-hidden>·</span>
          <time dateTime={entry.at} title={new Date(entry.at).toLocaleString()}>
            {formatRelative(entry.at)}
          </time>
          {entry.score && <ScoreChip score={entry.score} />}
          <span title="Conversation: entries with the same reference are one thread" className="font-mono text-[11px] text-zinc-500">
            {entry.conversationReference}
          </span>
          {entry.language && <LanguageTag language={entry.language} />}
        </p>
        {/* Always shown: staff can correct the sentiment and topics even before enrichment gave any. */}
        <p className="mt-2 flex flex-wrap items-center gap-1.5">
          {entry.sentiment && <SentimentChip sentiment={entry.sentiment} />}
          {entry.topics.map((topic) => (
            <TopicChip key={topic} topic={topic} />
          ))}
          <CorrectLabelsButton entry={entry} />
        </p>
        {entry.subject && <h3 className="mt-1.5 text-sm font-semibold break-words text-zinc-900">{entry.subject}</h3>}
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-zinc-700">{entry.text}</p>
      </div>
    </li>
  );
}
