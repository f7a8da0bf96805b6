import type { CaseItemDto } from '@fullcircle/shared';
import { Card, CardHeader } from '../../components/card';
import { ScoreChip } from '../customers/score-chip';
import { ChannelAvatar, LanguageTag, TopicChip } from '../customers/feedback-chips';
import { SentimentChip } from '../customers/sentiment-chip';
import { CHANNEL_META } from '../intake/channel-catalogue';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';

/** One thing the customer said: plain text as they sent it (React escapes it), line breaks kept. */
function ConversationItem({ item }: { item: CaseItemDto }) {
  const channel = CHANNEL_META[item.channel];
  return (
    <li className="flex gap-3 px-5 py-4">
      <ChannelAvatar channel={item.channel} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <span className="font-medium text-zinc-700">{channel.label}</span>
          <span aria-hidden>·</span>
          <time dateTime={item.receivedAt} title={new Date(item.receivedAt).toLocaleString()}>
            {formatRelative(item.receivedAt)}
          </time>
          {item.score && <ScoreChip score={item.score} />}
          {item.sentiment && <SentimentChip sentiment={item.sentiment} />}
          {item.topics.map((topic) => (
            <TopicChip key={topic} topic={topic} />
          ))}
          {item.language && <LanguageTag language={item.language} />}
        </p>
        {item.subject && <h3 className="mt-1.5 text-sm font-semibold break-words text-zinc-900">{item.subject}</h3>}
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-zinc-800">{item.text}</p>
      </div>
    </li>
  );
}

/** The customer's messages on this case, oldest first, as a thread reads. */
export function CaseConversation({ items }: { items: CaseItemDto[] }) {
  const ordered = [...items].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return (
    <Card>
      <CardHeader title="Conversation" description={ordered.length === 1 ? 'One message, on one channel.' : `${ordered.length} messages, oldest first.`} />
      <ol aria-label="Conversation" className="divide-y divide-zinc-100">
        {ordered.map((item) => (
          <ConversationItem key={item.id} item={item} />
        ))}
      </ol>
    </Card>
  );
}
