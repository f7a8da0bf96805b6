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

  it('names the colleagues a note mentions and what an action is', () => {
    expect(summariseCaseEvent('note_added', { noteId: 'n1', mentions: ['u1'] }, names)).toBe('Internal note, mentioning Ana Lima');
    expect(summariseCaseEvent('action_added', { description: 'Check the JFK belt sensors' }, names)).toBe('Action added: Check the JFK belt sensors');
    expect(summariseCaseEvent('action_updated', { description: 'Check the JFK belt sensors', status: 'done' }, names)).toBe('Action marked done: Check the JFK belt sensors');
  });

  it('tells a suppressed reply and a failed delivery apart, with why', () => {
    expect(summariseCaseEvent('reply_queued', { channel: 'email', status: 'suppressed', reason: 'the customer withdrew consent' }, names)).toBe(
      'Reply by email not sent: the customer withdrew consent',
    );
    expect(summariseCaseEvent('message_status', { channel: 'sms', purpose: 'reply', status: 'failed', reason: '550 mailbox unavailable' }, names)).toBe(
      'Reply by SMS failed: 550 mailbox unavailable',
    );
  });
});
