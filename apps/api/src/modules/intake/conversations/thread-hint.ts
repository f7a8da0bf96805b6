/**
 * How a channel says which conversation an item continues. Intake only ever joins a thread of
 * the customer the item resolved to; anything else starts a new conversation.
 */
export type ThreadHint =
  /** Earlier message ids the item answers (email In-Reply-To and References). */
  | { replyTo: string[] }
  /** A conversation reference the customer quoted (a `+reference` address, "[FC-…]" in a subject). */
  | { reference: string }
  /** A conversation the channel has already authenticated (a chat widget's access token). */
  | { conversationId: string }
  /** The customer's latest conversation in this channel, if its last message is this recent (SMS). */
  | { openWithinHours: number }
  /** Start a new conversation that a chat widget can post follow-ups to with the token hashed here. */
  | { newWithAccessTokenHash: string };
