/**
 * The new part of a reply: what the customer wrote above the quoted history and their signature.
 * Deliberately simple (the common client patterns, not a model); when cutting would leave
 * nothing, the text is kept whole.
 */
const HISTORY_STARTS: RegExp[] = [
  // Gmail, Apple Mail, Thunderbird: "On Tue, 3 Mar 2026 at 10:02, Dana <dana@example.com> wrote:"
  /^\s*On\b.{0,300}\bwrote:\s*$/i,
  /^\s*Le\b.{0,300}\ba écrit\s*:\s*$/i,
  /^\s*Am\b.{0,300}\bschrieb.{0,100}:\s*$/i,
  /^\s*El\b.{0,300}\bescribió:\s*$/i,
  // Outlook
  /^\s*-{2,}\s*Original Message\s*-{2,}\s*$/i,
  /^\s*_{10,}\s*$/,
  /^\s*-{2,}\s*Forwarded message\s*-{2,}\s*$/i,
];

// "-- " is the standard signature delimiter; the others are what phones append.
const SIGNATURE_STARTS: RegExp[] = [/^-- ?$/, /^Sent from my \w+/i, /^Get Outlook for \w+/i];

export interface ReplyText {
  text: string;
  /** True when quoted history or a signature was cut off. */
  stripped: boolean;
}

export function stripQuotedReply(full: string): ReplyText {
  const lines = full.replace(/\r\n?/g, '\n').split('\n');
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    // "On …, Dana <dana@" / "example.com> wrote:" wrapped over two lines
    const joined = i + 1 < lines.length ? `${line} ${lines[i + 1]}` : line;
    const outlookHeader = /^\s*From:\s/i.test(line) && lines.slice(i + 1, i + 4).some((l) => /^\s*(Sent|Date):\s/i.test(l));
    if (HISTORY_STARTS.some((p) => p.test(line)) || (/^\s*On\b/i.test(line) && /\bwrote:\s*$/i.test(joined)) || outlookHeader) {
      end = i;
      break;
    }
    if (SIGNATURE_STARTS.some((p) => p.test(line))) {
      end = i;
      break;
    }
  }
  // Interleaved or bottom quotes: drop every "> " line of what is left.
  const kept = lines.slice(0, end).filter((line) => !/^\s*>/.test(line));
  const text = kept.join('\n').trim();
  if (!text) return { text: full.trim(), stripped: false };
  return { text, stripped: text !== full.trim() };
}
