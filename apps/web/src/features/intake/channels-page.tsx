import { errorMessage } from '../../api/http';
import { useDocumentTitle } from '../../app/use-document-title';
import { Alert } from '../../components/alert';
import { PageHeader } from '../../components/page-header';
import { SkeletonRows } from '../../components/skeleton';
import { CHANNEL_CARDS } from './channel-catalogue';
import { channelGroupStatus } from './channel-group-status';
import { ChannelManageLink } from './channel-manage-link';
import { ChannelStatusCard } from './channel-status-card';
import { useChannelStatuses } from './hooks/use-channel-statuses';
import { PublicApiChannel } from './public-api-channel';

export function ChannelsPage() {
  useDocumentTitle('Channels', 'Settings');
  const statuses = useChannelStatuses();
  const publicApi = CHANNEL_CARDS.find((c) => c.id === 'api')!;
  const others = CHANNEL_CARDS.filter((c) => c.id !== 'api');
  const statusOf = (card: (typeof CHANNEL_CARDS)[number]) => channelGroupStatus(card, statuses.data ?? [], window.location.origin);

  return (
    <div className="space-y-6">
      <PageHeader
        eyebrow="Settings"
        title="Channels"
        description="Every way feedback reaches you. Whatever the channel, it lands in one place and is matched to one customer."
      />
      {statuses.isError && (
        <Alert title="Could not load channel status">
          {errorMessage(statuses.error)}{' '}
          <button type="button" className="font-medium underline" onClick={() => statuses.refetch()}>
            Try again
          </button>
        </Alert>
      )}
      <PublicApiChannel channel={publicApi} status={statuses.data ? statusOf(publicApi) : null} />
      {statuses.isPending ? (
        <SkeletonRows rows={3} label="Loading channels" />
      ) : (
        <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-3">
          {others.map((card) => (
            <ChannelStatusCard key={card.id} channel={card} status={statusOf(card)} manage={<ChannelManageLink cardId={card.id} />} />
          ))}
        </div>
      )}
    </div>
  );
}
