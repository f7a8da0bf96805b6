import type { ChannelDelivery, ChannelStatus } from '@fullcircle/shared';
import type { ChannelCard } from './channel-catalogue';

const NOT_SET_UP_SUMMARY = 'Not set up yet';

export interface ChannelGroupStatus {
  live: boolean;
  summaries: string[];
  endpoints: { label: string; value: string }[];
  accepted24h: number;
  rejected24h: number;
  recent: ChannelDelivery[];
}

/** A path on this server, alone or as a snippet's `src`, becomes a full URL on `origin`. */
function onOrigin(value: string, origin: string): string {
  return value.replace(/(^|src=")\/(?!\/)/g, `$1${origin}/`);
}

/**
 * One card can stand for several channels (web form + widget, social + reviews): it is live when
 * any of them is, and shows their addresses, counts and deliveries together, newest first.
 * Paths are shown as full URLs on the address this browser uses (the product serves one URL).
 */
export function channelGroupStatus(card: ChannelCard, statuses: readonly ChannelStatus[], origin: string): ChannelGroupStatus {
  const mine = statuses.filter((s) => card.channels.includes(s.channel));
  const live = mine.filter((s) => s.state === 'live');
  return {
    live: live.length > 0,
    // "Not set up yet" says no more than the card's badge; any other summary says what to do.
    summaries: [...new Set((live.length ? live : mine).map((s) => s.summary))].filter((s) => s !== NOT_SET_UP_SUMMARY),
    endpoints: mine.flatMap((s) => s.endpoints).map((e) => ({ ...e, value: onOrigin(e.value, origin) })),
    accepted24h: mine.reduce((n, s) => n + s.accepted24h, 0),
    rejected24h: mine.reduce((n, s) => n + s.rejected24h, 0),
    recent: mine.flatMap((s) => s.recent).sort((a, b) => b.at.localeCompare(a.at)),
  };
}
