import type { CaseSummaryDto } from '@fullcircle/shared';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

export type SlaDueTone = 'overdue' | 'soon' | 'later';

export interface SlaDue {
  tone: SlaDueTone;
  /** "in 3 h", "in 40 min", "Overdue by 2 h". */
  label: string;
  /** The exact time, for a tooltip: "Due Mon 30 Nov, 10:00". */
  title: string;
}

/**
 * A duration the way a queue reads it: "45 min", "1 h 20 min", "5 h", "2 d 4 h", "6 d".
 * Precision drops as the span grows: nobody plans a 3-day target to the minute.
 */
export function formatSpan(ms: number): string {
  const minutes = Math.max(1, Math.round(Math.abs(ms) / MINUTE));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) {
    const rest = minutes % 60;
    return hours < 6 && rest ? `${hours} h ${rest} min` : `${hours} h`;
  }
  const days = Math.floor(hours / 24);
  const restHours = hours % 24;
  return days < 3 && restHours ? `${days} d ${restHours} h` : `${days} d`;
}

const exact = (date: Date) =>
  new Intl.DateTimeFormat('en-GB', { weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);

/**
 * How soon an SLA target falls due. Amber ("soon") from the policy's warning time when it is known
 * (`warnAt`), else within the last hour or the last quarter of the window when its start is known
 * (policies warn at 75 % by default); red once the time has passed.
 */
export function slaDue(dueAt: string, now: Date = new Date(), startedAt?: string, warnAt?: string | null): SlaDue {
  const due = new Date(dueAt);
  const left = due.getTime() - now.getTime();
  const title = `Due ${exact(due)}`;
  if (left <= 0) return { tone: 'overdue', label: `Overdue by ${formatSpan(left)}`, title };
  const window = startedAt ? due.getTime() - new Date(startedAt).getTime() : 0;
  const soon = warnAt ? now.getTime() >= new Date(warnAt).getTime() : left <= HOUR || (window > 0 && left <= window / 4);
  return { tone: soon ? 'soon' : 'later', label: `in ${formatSpan(left)}`, title };
}

export type NextTarget = { kind: 'first_response' | 'resolution'; dueAt: string } | { kind: 'paused' } | null;

/** The target a case's clock is running towards: first response until answered, then resolution. */
export function nextSlaTarget(c: Pick<CaseSummaryDto, 'status' | 'firstResponseDueAt' | 'resolutionDueAt'>): NextTarget {
  if (c.status === 'resolved' || c.status === 'closed') return null;
  if (c.status === 'waiting_on_customer') return { kind: 'paused' };
  if (c.firstResponseDueAt) return { kind: 'first_response', dueAt: c.firstResponseDueAt };
  if (c.resolutionDueAt) return { kind: 'resolution', dueAt: c.resolutionDueAt };
  return null;
}
