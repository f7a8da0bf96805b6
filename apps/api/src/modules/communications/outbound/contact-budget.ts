import type { CommunicationSettings, MessagePurpose, MessageStatus } from '@fullcircle/shared';

/** A message already written for the customer (any channel). */
export interface PastMessage {
  purpose: MessagePurpose;
  status: MessageStatus;
  dedupeKey: string | null;
  createdAt: Date;
}

export interface BudgetQuestion {
  purpose: MessagePurpose;
  dedupeKey: string | null;
  now: Date;
  settings: Pick<CommunicationSettings, 'surveyCap' | 'surveyPeriodDays' | 'announcementCap' | 'announcementPeriodDays' | 'duplicateWindowHours'>;
  /** The customer's messages since the longest of the periods and the duplicate window (see budgetLookbackStart). */
  recent: PastMessage[];
}

export type BudgetVerdict = { ok: true } | { ok: false; reason: string };

const DAY = 24 * 3600_000;
// A message that never went out spends nothing.
const counts = (m: PastMessage) => m.status !== 'suppressed' && m.status !== 'failed';

/** How far back budgetVerdict needs the customer's messages. */
export function budgetLookbackStart(now: Date, s: BudgetQuestion['settings']): Date {
  return new Date(now.getTime() - Math.max(s.surveyPeriodDays * DAY, s.announcementPeriodDays * DAY, s.duplicateWindowHours * 3600_000));
}

/**
 * The organisation's contact budget, one across every channel: caps on surveys and announcements
 * per customer per period, and the same message (same dedupe key) once per duplicate window.
 * Replies (and staff messages) are never held back: the customer asked us something.
 */
export function budgetVerdict(q: BudgetQuestion): BudgetVerdict {
  if (q.purpose !== 'survey' && q.purpose !== 'announcement') return { ok: true };
  const since = (ms: number) => q.recent.filter((m) => counts(m) && m.createdAt.getTime() > q.now.getTime() - ms);

  if (q.dedupeKey && q.settings.duplicateWindowHours > 0) {
    const dup = since(q.settings.duplicateWindowHours * 3600_000).some((m) => m.dedupeKey === q.dedupeKey);
    if (dup) return { ok: false, reason: `The same message was already sent to this customer within ${q.settings.duplicateWindowHours} hours` };
  }

  const [cap, days, what] =
    q.purpose === 'survey'
      ? [q.settings.surveyCap, q.settings.surveyPeriodDays, 'survey']
      : [q.settings.announcementCap, q.settings.announcementPeriodDays, 'announcement'];
  const used = since(days * DAY).filter((m) => m.purpose === q.purpose).length;
  if (used >= cap) {
    const limit = cap === 0 ? `No ${what}s are sent` : `The customer already received ${used} ${what}${used === 1 ? '' : 's'} in the last ${days} days (the limit is ${cap})`;
    return { ok: false, reason: `Contact limit: ${limit}` };
  }
  return { ok: true };
}
