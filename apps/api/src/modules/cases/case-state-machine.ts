import { ConflictException } from '@nestjs/common';
import type { CaseStatus } from '@fullcircle/shared';

/**
 * The inner loop as an explicit state machine: new → assigned → in progress → waiting on customer
 * → resolved → closed, with reopen from resolved. Triage is where routing parks a case until a
 * department is chosen. `closed` is final: a customer writing again opens a new case.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  triage: ['new', 'assigned', 'closed'],
  new: ['assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'],
  assigned: ['new', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'],
  in_progress: ['new', 'assigned', 'waiting_on_customer', 'resolved', 'closed'],
  waiting_on_customer: ['new', 'assigned', 'in_progress', 'resolved', 'closed'],
  resolved: ['new', 'assigned', 'in_progress', 'closed'],
  closed: [],
};

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return CASE_TRANSITIONS[from].includes(to);
}

const LABEL: Record<CaseStatus, string> = {
  triage: 'in triage',
  new: 'new',
  assigned: 'assigned',
  in_progress: 'in progress',
  waiting_on_customer: 'waiting on the customer',
  resolved: 'resolved',
  closed: 'closed',
};

/** 409 naming both states, e.g. "A closed case cannot become in progress". */
export function assertTransition(from: CaseStatus, to: CaseStatus): void {
  if (!canTransition(from, to)) throw new ConflictException(`A case that is ${LABEL[from]} cannot become ${LABEL[to]}`);
}

/** Where a reopened case goes back to: its assignee's queue, else the department's. */
export function reopenedStatus(assigneeId: string | null): CaseStatus {
  return assigneeId ? 'assigned' : 'new';
}
