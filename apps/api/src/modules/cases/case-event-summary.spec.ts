import { summariseCaseEvent } from './case-event-summary';

const names = new Map([['d1', 'Baggage'], ['d2', 'Customer Care'], ['u1', 'Ana Lima']]);

describe(summariseCaseEvent.name, () => {
  it('names who was told at each step of the escalation chain', () => {
    expect(summariseCaseEvent('sla_warning', { target: 'first_response', notified: [{ id: 'u1', name: 'Ana Lima', as: 'assignee' }] }, names)).toBe(
      'First response due soon: warned Ana Lima (assignee)',
    );
    expect(summariseCaseEvent('escalated', { target: 'resolution', notified: [] }, names)).toBe('Resolution still overdue: escalated to nobody (no one holds that role)');
  });

  it('describes a reassignment out of triage with its reason', () => {
    expect(summariseCaseEvent('reassigned', { fromDepartmentId: null, toDepartmentId: 'd1', fromAssigneeId: null, toAssigneeId: 'u1', reason: 'bag left at JFK' }, names)).toBe(
      'Moved from triage to Baggage, assigned to Ana Lima: “bag left at JFK”',
    );
  });

  it('describes a change of person within the department, and leaving a case unassigned', () => {
    expect(summariseCaseEvent('reassigned', { fromDepartmentId: 'd1', toDepartmentId: 'd1', fromAssigneeId: null, toAssigneeId: 'u1', reason: 'on leave' }, names)).toBe(
      'Reassigned to Ana Lima: “on leave”',
    );
    expect(summariseCaseEvent('reassigned', { fromDepartmentId: 'd1', toDepartmentId: 'd2', fromAssigneeId: 'u1', toAssigneeId: null, reason: 'billing' }, names)).toBe(
      'Moved from Baggage to Customer Care, unassigned: “billing”',
    );
  });

  it('says who got a case and how', () => {
    expect(summariseCaseEvent('assigned', { assigneeId: 'u1', strategy: 'round_robin' }, names)).toBe('Assigned to Ana Lima (round robin)');
    expect(summariseCaseEvent('assigned', { assigneeId: 'gone' }, names)).toBe('Assigned to someone no longer here');
  });
});
