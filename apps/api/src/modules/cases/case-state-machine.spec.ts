import { CASE_STATUSES } from '@fullcircle/shared';
import { assertTransition, CASE_TRANSITIONS, canTransition, reopenedStatus } from './case-state-machine';

describe('case state machine', () => {
  it('walks the inner loop from new to closed', () => {
    const path = ['new', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'] as const;
    for (let i = 1; i < path.length; i++) expect(canTransition(path[i - 1], path[i])).toBe(true);
  });

  it('reopens a resolved case but never a closed one', () => {
    expect(canTransition('resolved', 'in_progress')).toBe(true);
    expect(CASE_TRANSITIONS.closed).toHaveLength(0);
    expect(() => assertTransition('closed', 'in_progress')).toThrow('A case that is closed cannot become in progress');
  });

  it('never resolves a case still in triage nor moves a case to triage', () => {
    expect(canTransition('triage', 'resolved')).toBe(false);
    for (const from of CASE_STATUSES) expect(canTransition(from, 'triage')).toBe(false);
  });

  it('sends a reopened case back to its assignee, else to the department', () => {
    expect(reopenedStatus('u1')).toBe('assigned');
    expect(reopenedStatus(null)).toBe('new');
  });
});
