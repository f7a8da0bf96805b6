import type { CaseDetailDto, CaseItemDto, CaseNoteDto, OutboundMessageDto } from '@fullcircle/shared';
import { Lock } from 'lucide-react';
import { Card, CardHeader } from '../../components/card';
import { cn } from '../../components/cn';
import { ScoreChip } from '../customers/score-chip';
import { ChannelAvatar, LanguageTag, TopicChip } from '../customers/feedback-chips';
import { SentimentChip } from '../customers/sentiment-chip';
import { CHANNEL_META } from '../intake/channel-catalogue';
import { formatLastLogin as formatRelative } from '../org/users/format-last-login';
import { MESSAGE_CHANNEL_META } from './message-labels';
import { MessageStatusChip } from './message-status-chip';

type Entry = { kind: 'item'; at: string; item: CaseItemDto } | { kind: 'message'; at: string; message: OutboundMessageDto } | { kind: 'note'; at: string; note: CaseNoteDto };

function When({ at }: { at: string }) {
  return (
    <time dateTime={at} title={new Date(at).toLocaleString()}>
      {formatRelative(at)}
    </time>
  );
}

/** One thing the customer said: plain text as they sent it (React escapes it), line breaks kept. */
function InboundEntry({ item }: { item: CaseItemDto }) {
  return (
    <li data-kind="inbound" className="flex gap-3 px-5 py-4">
      <ChannelAvatar channel={item.channel} />
      <div className="min-w-0 flex-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <span className="font-medium text-zinc-700">{CHANNEL_META[item.channel].label}</span>
          <span aria-hidden>·</span>
          <When at={item.receivedAt} />
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

/** What we wrote to the customer, indented to the right like a sent message, with how delivery went. */
function OutboundEntry({ message }: { message: OutboundMessageDto }) {
  const channel = MESSAGE_CHANNEL_META[message.channel];
  const Icon = channel.icon;
  const trouble = message.status === 'failed' || message.status === 'bounced' || message.status === 'suppressed';
  return (
    <li data-kind="outbound" data-status={message.status} className="flex gap-3 px-5 py-4 sm:pl-12">
      <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-indigo-100 text-indigo-700">
        <Icon aria-hidden className="size-4" />
      </span>
      <div className={cn('min-w-0 flex-1 rounded-lg px-3 py-2.5 ring-1 ring-inset', trouble ? 'bg-red-50/40 ring-red-100' : 'bg-indigo-50/50 ring-indigo-100')}>
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-zinc-500">
          <span className="font-medium text-zinc-700">{message.author?.name ?? 'Fullcircle'}</span>
          <span aria-hidden>→</span>
          <span>
            {channel.label}
            {message.to && ` · ${message.to}`}
          </span>
          <span aria-hidden>·</span>
          <When at={message.createdAt} />
          <MessageStatusChip message={message} />
        </p>
        {message.subject && <h3 className="mt-1.5 text-sm font-semibold break-words text-zinc-900">{message.subject}</h3>}
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-zinc-800">{message.body}</p>
      </div>
    </li>
  );
}

/** Internal notes look nothing like customer messages: amber, locked, labelled, so nobody mistakes one for the other. */
function NoteEntry({ note }: { note: CaseNoteDto }) {
  return (
    <li data-kind="note" className="flex gap-3 px-5 py-4">
      <span className="flex size-8 shrink-0 items-center justify-center rounded-full bg-amber-100 text-amber-700">
        <Lock aria-hidden className="size-4" />
      </span>
      <div className="min-w-0 flex-1 rounded-lg border border-dashed border-amber-300 bg-amber-50 px-3 py-2.5">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-amber-900/70">
          <span className="rounded bg-amber-200/70 px-1.5 py-0.5 text-[11px] font-semibold tracking-wide text-amber-900 uppercase">Internal</span>
          <span className="font-medium text-amber-950">{note.author?.name ?? 'Fullcircle'}</span>
          <span aria-hidden>·</span>
          <When at={note.createdAt} />
        </p>
        <p className="mt-1 text-sm break-words whitespace-pre-wrap text-zinc-800">{note.body}</p>
      </div>
    </li>
  );
}

function entriesOf(c: Pick<CaseDetailDto, 'items' | 'messages' | 'notes'>): Entry[] {
  const entries: Entry[] = [
    ...c.items.map((item) => ({ kind: 'item' as const, at: item.receivedAt, item })),
    ...(c.messages ?? []).map((message) => ({ kind: 'message' as const, at: message.createdAt, message })),
    ...(c.notes ?? []).map((note) => ({ kind: 'note' as const, at: note.createdAt, note })),
  ];
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}

/** The whole conversation in one thread, oldest first: what the customer said, what we answered, and our notes. */
export function CaseConversation({ c }: { c: Pick<CaseDetailDto, 'items' | 'messages' | 'notes'> }) {
  const entries = entriesOf(c);
  const inbound = c.items.length;
  const description = [
    inbound === 1 ? 'one message from the customer' : `${inbound} messages from the customer`,
    c.messages?.length ? `${c.messages.length} sent` : null,
    c.notes?.length ? `${c.notes.length} internal` : null,
  ]
    .filter(Boolean)
    .join(', ');
  return (
    <Card>
      <CardHeader title="Conversation" description={`${description.charAt(0).toUpperCase()}${description.slice(1)}; oldest first.`} />
      <ol aria-label="Conversation" className="divide-y divide-zinc-100">
        {entries.map((entry) =>
          entry.kind === 'item' ? (
            <InboundEntry key={`i-${entry.item.id}`} item={entry.item} />
          ) : entry.kind === 'message' ? (
            <OutboundEntry key={`m-${entry.message.id}`} message={entry.message} />
          ) : (
            <NoteEntry key={`n-${entry.note.id}`} note={entry.note} />
          ),
        )}
      </ol>
    </Card>
  );
}
