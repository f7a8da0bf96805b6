import { CASE_SORTS, listCasesQuerySchema, type CasePriority, type CaseStatus, type Channel } from '@fullcircle/shared';
import { z } from 'zod';

export const INBOX_VIEWS = ['open', 'mine', 'triage', 'closed'] as const;
export type InboxView = (typeof INBOX_VIEWS)[number];
export type CaseSort = (typeof CASE_SORTS)[number];

/** The inbox's state in its address, so "back" from a case returns to the same tab and filters. */
export interface InboxSearch {
  view?: InboxView;
  departmentId?: string;
  status?: CaseStatus;
  priority?: CasePriority;
  channel?: Channel;
  q?: string;
  sort?: CaseSort;
}

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
    q: pick(shape.q, typeof search.q === 'string' ? search.q : undefined) || undefined,
    sort: pick(shape.sort, search.sort),
  };
}

/** Triage and closed cases have no SLA clock running: triage serves whoever waited longest, closed shows the latest. */
export function defaultSort(view: InboxView): CaseSort {
  return view === 'closed' ? 'newest' : view === 'triage' ? 'oldest' : 'sla';
}

/** The sorts that mean something in a view ("SLA due first" needs a clock). */
export function sortsFor(view: InboxView): readonly CaseSort[] {
  return view === 'open' || view === 'mine' ? CASE_SORTS : CASE_SORTS.filter((s) => s !== 'sla');
}
