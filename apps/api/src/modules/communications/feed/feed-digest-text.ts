import type { FeedEntryDto, FeedKind } from '@fullcircle/shared';

const SECTIONS: { kind: FeedKind; heading: string }[] = [
  { kind: 'recognition', heading: 'Recognition from customers' },
  { kind: 'lesson', heading: 'What we learned' },
  { kind: 'process_change', heading: 'What we changed' },
  { kind: 'announcement', heading: 'Announcements' },
];
const EXCERPT = 240;

/** ISO 8601 week of `date` in UTC, e.g. "2026-W49": one digest per person per week. */
export function isoWeek(date: Date): string {
  const d = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = d.getUTCDay() || 7;
  // The Thursday of this week decides the week-year.
  d.setUTCDate(d.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return `${d.getUTCFullYear()}-W${String(week).padStart(2, '0')}`;
}

export interface DigestInput {
  recipientName: string;
  week: string;
  entries: FeedEntryDto[];
  /** Absolute link to the feed page. */
  feedUrl: string;
}

/** The weekly email: the feed's last seven days a colleague may read, grouped by kind, plain text. */
export function digestText({ recipientName, week, entries, feedUrl }: DigestInput): { subject: string; body: string } {
  const firstName = recipientName.trim().split(/\s+/)[0] || 'there';
  const lines = [`Hello ${firstName},`, '', `Here is what colleagues learned, changed and were thanked for in the last seven days (${week}).`];
  for (const { kind, heading } of SECTIONS) {
    const ofKind = entries.filter((e) => e.kind === kind);
    if (!ofKind.length) continue;
    lines.push('', `${heading} (${ofKind.length})`);
    for (const e of ofKind) {
      const where = [e.department?.name ?? 'Company-wide', e.caseReference, e.person ? `for ${e.person.name}` : null].filter(Boolean).join(' · ');
      lines.push(`- ${e.title} (${where})`, `  ${excerpt(e.body)}`);
    }
  }
  lines.push('', `Read the whole feed: ${feedUrl}`, 'You get this email because you turned on the weekly digest in your communication preferences.');
  const n = entries.length;
  return { subject: `Fullcircle this week: ${n} update${n === 1 ? '' : 's'} (${week})`, body: lines.join('\n') };
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > EXCERPT ? `${flat.slice(0, EXCERPT - 1).trimEnd()}…` : flat;
}
