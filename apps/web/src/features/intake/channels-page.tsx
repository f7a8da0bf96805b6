import { useDocumentTitle } from '../../app/use-document-title';
import { PageHeader } from '../../components/page-header';
import { CHANNEL_CARDS } from './channel-catalogue';
import { PlannedChannel } from './planned-channel';
import { PublicApiChannel } from './public-api-channel';

export function ChannelsPage() {
  useDocumentTitle('Channels', 'Settings');
  // The public API is the one live channel; each channel brings its own card as it goes live.
  const publicApi = CHANNEL_CARDS.find((c) => c.id === 'api')!;
  const planned = CHANNEL_CARDS.filter((c) => !c.live);

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Settings"
        title="Channels"
        description="Every way feedback reaches you. Whatever the channel, it lands in one place and is matched to one customer."
      />
      <PublicApiChannel channel={publicApi} />
      <div>
        <h2 className="text-sm font-semibold text-zinc-900">Coming next</h2>
        <p className="mt-0.5 text-sm text-zinc-500">These channels are on the way; each one will appear here with its settings when it can take feedback.</p>
        <div className="mt-3 grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {planned.map((channel) => (
            <PlannedChannel key={channel.id} channel={channel} />
          ))}
        </div>
      </div>
    </div>
  );
}
