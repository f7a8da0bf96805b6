import { CASE_SORTS, listCasesQuerySchema, type CasePriority, type CaseStatus, type Channel, type SlaRisk } from '@fullcircle/shared';
import { z } from 'zod';

export const INBOX_VIEWS = ['open', 'mine', 'triage', 'closed'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export type CaseSort = (typeof CASE_SORTS)[number];
export type CaseSentiment = 'positive' | 'neutral' | 'negative';

/** The inbox's state in its address, so "back" from a case returns to the same tab and filters. */
export interface InboxSearch {
  view?: InboxView;
  departmentId?: string;
  status?: CaseStatus;
  priority?: CasePriority;
  channel?: Channel;
  sentiment?: CaseSentiment;
  topic?: string;
  /** A colleague's id, or `none` for unassigned. */
  assigneeId?: string;
  segment?: string;
  slaRisk?: SlaRisk;
  q?: string;
  sort?: CaseSort;
}

/** Every key the inbox keeps in its address; a saved view stores exactly these. */
export const INBOX_SEARCH_KEYS = ['view', 'departmentId', 'status', 'priority', 'channel', 'sentiment', 'topic', 'assigneeId', 'segment', 'slaRisk', 'q', 'sort'] as const;
/** The filters a person narrows with (not the tab or the sort): any of them set means "filtering". */
export const INBOX_FILTER_KEYS = ['departmentId', 'status', 'priority', 'channel', 'sentiment', 'topic', 'assigneeId', 'segment', 'slaRisk', 'q'] as const;

const shape = listCasesQuerySchema.shape;

function pick<S extends z.ZodType>(schema: S, value: unknown): z.output<S> | undefined {
  if (value === undefined || value === '') return undefined;
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : undefined;
}

/** Whatever is in the address, reduced to what the inbox understands (unknown values are dropped, not errors). */
export function parseInboxSearch(search: Record<string, unknown>): InboxSearch {
  const view = INBOX_VIEWS.find((v) => v === search.view);
  return {
    view,
    departmentId: pick(shape.departmentId, search.departmentId),
    status: pick(shape.status, search.status),
    priority: pick(shape.priority, search.priority),
    channel: pick(shape.channel, search.channel),
    sentiment: pick(shape.sentiment, search.sentiment),
    topic: pick(shape.topic, typeof search.topic === 'string' ? search.topic : undefined) || undefined,
    assigneeId: pick(shape.assigneeId, search.assigneeId),
    segment: pick(shape.segment, typeof search.segment === 'string' ? search.segment : undefined) || undefined,
    slaRisk: pick(shape.slaRisk, search.slaRisk),
    q: pick(shape.q, typeof search.q === 'string' ? search.q : undefined) || undefined,
    sort: pick(shape.sort, search.sort),
  };
}

/** The address's filters as a saved view's query (strings only, empty ones left out). */
export function toViewQuery(search: InboxSearch): Record<string, string> {
  const query: Record<string, string> = {};
  for (const key of INBOX_SEARCH_KEYS) {
    const value = search[key];
    if (value) query[key] = value;
  }
  return query;
}

/** A saved view back into the address; anything the inbox no longer understands is dropped. */
export function fromViewQuery(query: Record<string, string>): InboxSearch {
  return parseInboxSearch(query);
}

/** Whether the address shows exactly this saved view. */
export function sameView(search: InboxSearch, query: Record<string, string>): boolean {
  const a = toViewQuery(search);
  const b = toViewQuery(fromViewQuery(query));
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => a[k] === b[k]);
}

/** Triage and closed cases have no SLA clock running: triage serves whoever waited longest, closed shows the latest. */
export function defaultSort(view: InboxView): CaseSort {
  return view === 'closed' ? 'newest' : view === 'triage' ? 'oldest' : 'sla';
}

/** The sorts that mean something in a view ("SLA due first" needs a clock). */
export function sortsFor(view: InboxView): readonly CaseSort[] {
  return view === 'open' || view === 'mine' ? CASE_SORTS : CASE_SORTS.filter((s) => s !== 'sla');
}
