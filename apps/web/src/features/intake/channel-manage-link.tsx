/** The way into a channel's own settings page, for the channels that have one. */
export function ChannelManageLink({ cardId }: { cardId: string }) {
  void cardId;
  return null;
}
