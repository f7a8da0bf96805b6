import type { MessageChannel } from '@fullcircle/shared';

export interface ChannelOptions {
  /** Staff's explicit choice in the composer. */
  requested?: MessageChannel | null;
  /** customer.preferred_channel. */
  preferred?: MessageChannel | null;
  /** The channel the customer wrote in (intake channel names: email, sms, api, form, …). */
  original?: string | null;
  email: string | null;
  phone: string | null;
}

export interface ChannelChoice {
  channel: MessageChannel;
  /** Null for in-app, or when the customer has no address in the chosen channel. */
  address: string | null;
}

const addressFor = (channel: MessageChannel, o: ChannelOptions): string | null =>
  channel === 'email' ? o.email : channel === 'sms' ? o.phone : null;

/**
 * Where a message to a customer goes: the requested channel, else the customer's preferred one,
 * else the channel they wrote in when we can answer there (email, SMS), else email when we know
 * an address, else SMS when we know a number, else in-app (the customer portal).
 */
export function chooseChannel(o: ChannelOptions): ChannelChoice {
  const original = o.original === 'email' || o.original === 'sms' ? o.original : null;
  const channel: MessageChannel = o.requested ?? o.preferred ?? original ?? (o.email ? 'email' : o.phone ? 'sms' : 'in_app');
  return { channel, address: addressFor(channel, o) };
}
