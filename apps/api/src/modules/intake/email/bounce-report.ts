/** What a bounce (a delivery status notification) says about one of our own messages. */
export interface BounceReport {
  /** Message-IDs (with angle brackets) of the messages it returns: the original's headers, In-Reply-To, References. */
  originalMessageIds: string[];
  /** The receiving server's words, e.g. "smtp; 550 5.1.1 mailbox unavailable", else the DSN Status. */
  diagnostic: string | null;
}

const ID = /<[^<>\s]{3,200}>/g;

/**
 * Reads a bounce's text (RFC 3464: a multipart/report with a message/delivery-status part and the
 * returned message or its headers; most servers follow it, the rest at least quote the headers).
 * `ownId` is the bounce's own Message-ID, which is never the returned message's.
 */
export function readBounceReport(raw: string, ownId: string, replyIds: string[]): BounceReport {
  const quoted = [...raw.matchAll(/^\s*message-id:\s*(<[^<>\s]+>)/gim)].map((m) => m[1]);
  const ids = [...quoted, ...replyIds.flatMap((id) => id.match(ID) ?? [])].filter((id, i, all) => id !== ownId && all.indexOf(id) === i);
  const diagnostic = /^diagnostic-code:\s*(.+(?:\r?\n[ \t].+)*)/im.exec(raw)?.[1] ?? /^status:\s*([245]\.\d{1,3}\.\d{1,3}.*)$/im.exec(raw)?.[1] ?? null;
  return { originalMessageIds: ids, diagnostic: diagnostic ? diagnostic.replace(/\s+/g, ' ').trim().slice(0, 300) : null };
}
