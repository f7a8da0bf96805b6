/**
 * "Re: <first subject or the first words> [FC-…]". The reference tag threads the customer's answer
 * back to the case even when their mail client drops the In-Reply-To header.
 */
export function replySubject(thread: { reference: string; subject: string | null; text: string }): string {
  const words = thread.text.replace(/\s+/g, ' ').trim();
  const topic = thread.subject?.trim() || (words.length > 60 ? `${words.slice(0, 59).trimEnd()}…` : words);
  const re = /^re:/i.test(topic) ? topic : `Re: ${topic}`;
  return re.includes(`[${thread.reference}]`) ? re : `${re} [${thread.reference}]`;
}
