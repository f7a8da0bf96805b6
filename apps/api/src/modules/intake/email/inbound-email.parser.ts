import { type Attachment as AttachmentMeta, submitFeedbackRequestSchema } from '@fullcircle/shared';
import { type AddressObject, type ParsedMail, simpleParser } from 'mailparser';
import { createHash } from 'node:crypto';
import type { ThreadHint } from '../conversations/thread-hint';
import { findConversationReference } from '../conversations/conversation-reference';
import type { IntakeItem } from '../feedback-row';
import { type BounceReport, readBounceReport } from './bounce-report';
import { stripQuotedReply } from './reply-text';

/** The SMTP envelope: who the sending server says it delivers from and to. */
export interface Envelope {
  mailFrom: string | null;
  /** Accepted recipients, with the conversation reference of a `+tag`, if any. */
  recipients: { address: string; reference: string | null }[];
}

export type ParsedInboundEmail =
  | { kind: 'feedback'; item: IntakeItem & { externalMessageId: string }; thread: ThreadHint | undefined; summary: string }
  /** Accepted at SMTP (250) but not feedback: an auto-reply or bounce, answered to nobody (no mail loops). */
  | { kind: 'dropped'; messageId: string; reason: string; bounce?: BounceReport };

/** Refused for good (5xx): the sender's server returns it to the sender instead of retrying. */
export class PermanentEmailRejection extends Error {
  constructor(
    readonly responseCode: number,
    message: string,
  ) {
    super(message);
  }
}

const TEXT_MAX = 20_000;
const SUBJECT_MAX = 300;
const MESSAGE_ID_MAX = 200;
const METADATA_TEXT_MAX = 2000;
// Sending servers queue for up to ~5 days; older dates are a wrong clock, not a late delivery.
const OLDEST_DATE_MS = 30 * 24 * 3600 * 1000;
const FUTURE_SLACK_MS = 15 * 60 * 1000;

const clip = (value: string, max: number) => (value.length > max ? value.slice(0, max) : value);
// PostgreSQL text refuses NUL; nothing else is changed.
const storable = (value: string) => value.replaceAll('\u0000', '');

/**
 * Reads one raw RFC 822 message into an intake item: sender, subject, text (the new part of a
 * reply), attachments as metadata, threading hints. Nothing here touches the database.
 */
export async function parseInboundEmail(raw: Buffer, envelope: Envelope, now = new Date()): Promise<ParsedInboundEmail> {
  const mail = await simpleParser(raw, { skipImageLinks: true, maxHtmlLengthToParse: 2 * 1024 * 1024 });
  const messageId = messageIdOf(mail, raw);

  const loop = autoMessageReason(mail, envelope);
  if (loop?.startsWith('bounce')) {
    // A bounce of one of our own messages marks it bounced (the outbox's delivery status).
    const bounce = readBounceReport(raw.toString('latin1'), messageId, [...idList(mail.inReplyTo), ...idList(mail.references)]);
    return { kind: 'dropped', messageId, reason: loop, bounce };
  }
  if (loop) return { kind: 'dropped', messageId, reason: loop };

  const sender = firstAddress(mail.from) ?? (envelope.mailFrom ? { address: envelope.mailFrom, name: '' } : null);
  if (!sender?.address) throw new PermanentEmailRejection(550, '5.1.7 The message has no sender address (From)');
  const replyTo = firstAddress(mail.replyTo);

  const fullText = storable((mail.text ?? '').trim());
  const replyIds = [...idList(mail.inReplyTo), ...idList(mail.references)].filter((id, i, all) => all.indexOf(id) === i);
  const subject = storable((mail.subject ?? '').trim());
  const isReply = replyIds.length > 0 || /^(re|aw|sv|antw|ref)\s*:/i.test(subject);
  const reply = isReply ? stripQuotedReply(fullText) : { text: fullText, stripped: false };
  const text = reply.text || subject || '(no text)';

  const reference = envelope.recipients.map((r) => r.reference).find(Boolean) ?? findConversationReference(subject);
  // An explicit reference wins: a reply to one of our own outgoing messages has an In-Reply-To no feedback carries.
  const thread: ThreadHint | undefined = reference ? { reference } : replyIds.length ? { replyTo: replyIds } : undefined;

  const attachments: AttachmentMeta[] = mail.attachments.slice(0, 20).map((a) => ({
    filename: clip(storable(a.filename || 'attachment'), 255),
    contentType: clip(storable(a.contentType || 'application/octet-stream'), 127),
    sizeBytes: a.size ?? a.content?.length ?? 0,
  }));

  const metadata: Record<string, string | number | boolean | null> = {
    messageId,
    from: clip(storable(sender.address), METADATA_TEXT_MAX),
    to: envelope.recipients.map((r) => r.address).join(', ').slice(0, METADATA_TEXT_MAX),
    replyTo: replyTo ? clip(storable(replyTo.address), METADATA_TEXT_MAX) : null,
    envelopeFrom: envelope.mailFrom ? clip(storable(envelope.mailFrom), METADATA_TEXT_MAX) : null,
    inReplyTo: replyIds.length ? clip(replyIds.join(' '), METADATA_TEXT_MAX) : null,
    htmlOnly: isHtmlOnly(mail, raw),
    quotedTextStripped: reply.stripped,
    fullTextChars: fullText.length,
    truncated: text.length > TEXT_MAX,
    rawBytes: raw.length,
    attachmentCount: mail.attachments.length,
  };

  const item = {
    text: clip(text, TEXT_MAX),
    ...(subject ? { subject: clip(subject, SUBJECT_MAX) } : {}),
    language: languageOf(mail),
    receivedAt: receivedAtOf(mail.date, now).toISOString(),
    externalMessageId: messageId,
    customer: { email: sender.address.toLowerCase(), ...(sender.name.trim() ? { name: clip(storable(sender.name.trim()), 200) } : {}) },
    metadata,
    attachments,
  };
  if (!item.language) delete (item as { language?: string }).language;
  // The same contract the public API enforces, so email can never store what the API would refuse.
  const checked = submitFeedbackRequestSchema.safeParse(item);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    const field = issue.path.join('.');
    if (field.startsWith('customer')) throw new PermanentEmailRejection(550, `5.1.7 Bad sender address: ${sender.address}`);
    throw new PermanentEmailRejection(554, `5.6.0 Message not accepted: ${field} ${issue.message}`);
  }
  const summary = `${sender.address}${subject ? `: ${clip(subject, 80)}` : ''}`;
  return { kind: 'feedback', item: { ...checked.data, externalMessageId: messageId }, thread, summary };
}

/** The Message-ID, or one made from the message's bytes, so a sender's retry of the same message is still a duplicate. */
function messageIdOf(mail: ParsedMail, raw: Buffer): string {
  const id = storable(mail.messageId?.trim() ?? '');
  if (id && id.length <= MESSAGE_ID_MAX) return id;
  const hash = createHash('sha256').update(id || raw).digest('hex').slice(0, 40);
  return `<${hash}@${id ? 'long-id' : 'no-id'}.fullcircle>`;
}

function firstAddress(field: AddressObject | AddressObject[] | undefined): { address: string; name: string } | null {
  const objects = Array.isArray(field) ? field : field ? [field] : [];
  for (const object of objects) {
    for (const entry of object.value) {
      if (entry.address) return { address: entry.address, name: entry.name ?? '' };
      const member = entry.group?.find((g) => g.address);
      if (member?.address) return { address: member.address, name: member.name ?? '' };
    }
  }
  return null;
}

function idList(value: string | string[] | undefined): string[] {
  const values = Array.isArray(value) ? value : value ? [value] : [];
  return values.flatMap((v) => v.match(/<[^<>\s]+>/g) ?? (v.trim() ? [v.trim()] : [])).filter((id) => id.length <= MESSAGE_ID_MAX);
}

function header(mail: ParsedMail, name: string): string {
  const line = mail.headerLines.find((h) => h.key === name)?.line ?? '';
  return line.slice(line.indexOf(':') + 1).trim();
}

/** Why a message is machine-sent and must not become feedback (RFC 3834 and what mail servers actually send), or null. */
function autoMessageReason(mail: ParsedMail, envelope: Envelope): string | null {
  const autoSubmitted = header(mail, 'auto-submitted').toLowerCase();
  if (autoSubmitted && autoSubmitted !== 'no') return `auto-reply dropped (Auto-Submitted: ${autoSubmitted})`;
  const precedence = header(mail, 'precedence').toLowerCase();
  if (['bulk', 'junk', 'auto_reply', 'auto-reply'].includes(precedence)) return `auto-reply dropped (Precedence: ${precedence})`;
  if (header(mail, 'x-autoreply') || header(mail, 'x-autorespond')) return 'auto-reply dropped (X-Autoreply)';
  if (/multipart\/report/i.test(header(mail, 'content-type'))) return 'bounce dropped (multipart/report)';
  const from = firstAddress(mail.from)?.address ?? '';
  if (/^(mailer-daemon|postmaster)@/i.test(from)) return `bounce dropped (From: ${from})`;
  if (envelope.mailFrom === null) return 'bounce dropped (empty envelope sender)';
  return null;
}

/** True when the message has an HTML body and no text/plain part: mailparser then derives `text` from the HTML. */
function isHtmlOnly(mail: ParsedMail, raw: Buffer): boolean {
  return Boolean(mail.html) && !/^content-type:\s*text\/plain/im.test(raw.toString('latin1'));
}

function languageOf(mail: ParsedMail): string | undefined {
  const declared = header(mail, 'content-language').split(',')[0]?.trim().toLowerCase() ?? '';
  const code = /^([a-z]{2,3})(?:-|$)/.exec(declared)?.[1];
  return code;
}

function receivedAtOf(date: Date | undefined, now: Date): Date {
  if (!date || Number.isNaN(date.getTime())) return now;
  const ms = date.getTime();
  if (ms > now.getTime() + FUTURE_SLACK_MS || ms < now.getTime() - OLDEST_DATE_MS) return now;
  return ms > now.getTime() ? now : date;
}
