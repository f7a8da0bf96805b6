import type { Channel } from '@fullcircle/shared';
import { cn } from '../../components/cn';
import { CHANNEL_META } from '../intake/channel-catalogue';

/** The channel's icon in a round badge, beside a message. */
export function ChannelAvatar({ channel, className }: { channel: Channel; className?: string }) {
  const Icon = CHANNEL_META[channel].icon;
  return (
    <span className={cn('flex size-8 shrink-0 items-center justify-center rounded-full bg-zinc-100 text-zinc-600', className)}>
      <Icon aria-hidden className="size-4" />
    </span>
  );
}

export function TopicChip({ topic }: { topic: string }) {
  return <span className="rounded-full bg-zinc-100 px-2 py-0.5 text-[11px] font-medium text-zinc-600">{topic.replaceAll('_', ' ')}</span>;
}

export function LanguageTag({ language }: { language: string }) {
  return (
    <span title={`Language: ${language}`} className="rounded bg-zinc-100 px-1.5 py-0.5 font-mono text-[11px] text-zinc-600 uppercase">
      {language}
    </span>
  );
}
