import type Mail from 'nodemailer/lib/mailer';
import type { OutgoingMessage } from './channel-adapter';

export interface EmailIdentity {
  /** EMAIL_FROM. */
  from: string;
  /** The first of INBOUND_EMAIL_ADDRESSES: its domain names Message-IDs, its plus-addresses carry conversation references. */
  inbound: string;
}

const bracket = (id: string) => `<${id.replace(/^<|>$/g, '')}>`;

/** `feedback@example.com` + `FC-7K3M9QX2` → `feedback+FC-7K3M9QX2@example.com`. */
export function replyAddress(inbound: string, reference: string): string {
  const at = inbound.lastIndexOf('@');
  return `${inbound.slice(0, at)}+${reference}@${inbound.slice(at + 1)}`;
}

export function messageIdDomain(inbound: string): string {
  return inbound.slice(inbound.lastIndexOf('@') + 1);
}

/**
 * The email for one outbound message, built the same for the SMTP relay and the development
 * mailbox. Threading, so the customer's answer comes back to the case through the inbound SMTP
 * channel: Reply-To is the feedback address plus the conversation reference, the subject carries
 * `[FC-…]`, In-Reply-To/References quote the customer's own emails. The Message-ID is fixed per
 * row, so a resend after a crash mid-send can be recognised as the same email by the receiver.
 */
export function buildEmail(message: OutgoingMessage, identity: EmailIdentity): Mail.Options {
  const ref = message.conversationReference;
  const base = message.subject?.trim() || (ref ? 'Your feedback' : 'Fullcircle');
  const subject = ref && !base.toUpperCase().includes(ref.toUpperCase()) ? `${base} [${ref}]` : base;
  const references = message.inReplyTo.map(bracket);
  return {
    from: identity.from,
    to: message.to,
    subject,
    text: message.body,
    ...(message.emailMessageId ? { messageId: bracket(message.emailMessageId) } : {}),
    ...(references.length ? { inReplyTo: references[references.length - 1], references } : {}),
    ...(ref ? { replyTo: replyAddress(identity.inbound, ref) } : {}),
    headers: { 'X-Fullcircle-Message': message.id },
  };
}
