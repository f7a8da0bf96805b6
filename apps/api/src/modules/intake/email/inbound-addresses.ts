import { findConversationReference } from '../conversations/conversation-reference';

export interface MatchedRecipient {
  /** The configured address it was accepted for (`feedback@example.com`). */
  mailbox: string;
  /** A conversation reference in the plus part (`feedback+FC-12345678@…`), upper-cased. */
  reference: string | null;
}

/**
 * The organisation's feedback addresses (INBOUND_EMAIL_ADDRESSES). A recipient matches one when
 * it is the same address, ignoring case, or the same with a `+tag` after the local part
 * (`feedback+anything@example.com`): the tag carries a conversation reference for replies.
 */
export class InboundAddresses {
  private readonly mailboxes: Set<string>;

  constructor(addresses: readonly string[]) {
    this.mailboxes = new Set(addresses.map((a) => a.trim().toLowerCase()));
  }

  get list(): string[] {
    return [...this.mailboxes];
  }

  match(recipient: string): MatchedRecipient | null {
    const address = recipient.trim().replace(/^<|>$/g, '').toLowerCase();
    const at = address.lastIndexOf('@');
    if (at <= 0) return null;
    const local = address.slice(0, at);
    const domain = address.slice(at + 1);
    const plus = local.indexOf('+');
    const mailbox = `${plus > 0 ? local.slice(0, plus) : local}@${domain}`;
    if (!this.mailboxes.has(mailbox)) return null;
    return { mailbox, reference: plus > 0 ? findConversationReference(local.slice(plus + 1)) : null };
  }
}
