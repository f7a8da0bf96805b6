import type { AuditEvent } from '@fullcircle/shared';
import { DEPARTMENTS, user } from '../../test/fixtures';
import { buildLookup, EMPTY_LOOKUP } from './audit-lookup';
import { describeAuditEvent } from './describe-audit-event';

const ADA_ID = '0b7a4f0e-aaaa-4c1b-9d55-8c4a8f0baaaa';
const MILO = user({ id: '0b7a4f0e-3333-4c1b-9d55-8c4a8f0b3333', name: 'Milo Chen', email: 'milo@example.test' });
const [SUPPORT, BILLING] = DEPARTMENTS;
const lookup = buildLookup([MILO], DEPARTMENTS);

function event(overrides: Partial<AuditEvent>): AuditEvent {
  return {
    id: '5f0c9a52-0000-4c1b-9d55-8c4a8f0b0000',
    actorId: ADA_ID,
    actorName: 'Ada Admin',
    action: 'org.user.updated',
    targetType: 'user',
    targetId: MILO.id,
    data: {},
    occurredAt: '2026-11-25T12:00:00.000Z',
    ...overrides,
  };
}

describe('describeAuditEvent', () => {
  describe('users', () => {
    it('names the invited person, their role and departments', () => {
      const invited = event({ action: 'org.user.invited', data: { role: 'member', departmentIds: [SUPPORT.id, BILLING.id] } });
      expect(describeAuditEvent(invited, lookup)).toBe('Ada Admin invited Milo Chen (milo@example.test) as member in Support and Billing');
    });

    it('reads "a user" while the invited person is not known', () => {
      const invited = event({ action: 'org.user.invited', data: { role: 'owner', departmentIds: [] } });
      expect(describeAuditEvent(invited, EMPTY_LOOKUP)).toBe('Ada Admin invited a user as department owner');
    });

    it('says which fields of a user changed', () => {
      const role = event({ data: { role: { from: 'member', to: 'owner' } } });
      expect(describeAuditEvent(role, lookup)).toBe("Ada Admin changed Milo Chen's role from member to department owner");

      const both = event({ data: { role: { from: 'owner', to: 'member' }, departmentIds: { from: [SUPPORT.id], to: [] } } });
      expect(describeAuditEvent(both, lookup)).toBe("Ada Admin changed Milo Chen's role from department owner to member and departments to none");

      const own = event({ actorId: MILO.id, actorName: 'Milo Chen', data: { name: 'changed' } });
      expect(describeAuditEvent(own, lookup)).toBe('Milo Chen changed their name');
    });

    it('describes deactivation and reactivation', () => {
      expect(describeAuditEvent(event({ action: 'org.user.deactivated', data: { from: 'active' } }), lookup)).toBe('Ada Admin deactivated Milo Chen');
      expect(describeAuditEvent(event({ action: 'org.user.reactivated', data: { to: 'active' } }), lookup)).toBe('Ada Admin reactivated Milo Chen');
      expect(describeAuditEvent(event({ action: 'org.user.reactivated', data: { to: 'invited' } }), lookup)).toBe(
        'Ada Admin reactivated Milo Chen, whose invitation works again',
      );
    });
  });

  describe('departments', () => {
    it('names a created department as it was created', () => {
      const created = event({ action: 'org.department.created', targetType: 'department', targetId: 'gone', data: { name: 'Returns', slug: 'returns' } });
      expect(describeAuditEvent(created, lookup)).toBe('Ada Admin created the department Returns');
    });

    it('lists the changed fields of a department under its current name', () => {
      const updated = event({ action: 'org.department.updated', targetType: 'department', targetId: SUPPORT.id, data: { changes: { name: 'Support', description: 'Help' } } });
      expect(describeAuditEvent(updated, lookup)).toBe('Ada Admin changed the name and description of the department Support');
    });
  });

  describe('sign-in', () => {
    it('describes what people did to their own account', () => {
      expect(describeAuditEvent(event({ action: 'auth.password.changed' }), lookup)).toBe('Ada Admin changed their password');
      expect(describeAuditEvent(event({ action: 'auth.invitation.accepted', actorId: MILO.id, actorName: 'Milo Chen' }), lookup)).toBe(
        'Milo Chen accepted their invitation',
      );
    });
  });

  it('describes the demo seed, capitalised', () => {
    const seeded = event({ action: 'org.demo.seeded', actorId: null, actorName: 'demo seed', targetType: 'organisation', targetId: null, data: { departments: 4, users: 8 } });
    expect(describeAuditEvent(seeded, lookup)).toBe('Demo seed set up the demo organisation with 4 departments and 8 users');
  });

  it('falls back to the actor and the raw action for actions it does not know', () => {
    expect(describeAuditEvent(event({ action: 'org.team.created', targetType: 'team' }), lookup)).toBe('Ada Admin: org.team.created');
  });

  it('names the actor from the users list when the event has no name, else the system', () => {
    expect(describeAuditEvent(event({ action: 'org.team.created', actorId: MILO.id, actorName: null }), lookup)).toBe('Milo Chen: org.team.created');
    expect(describeAuditEvent(event({ action: 'org.team.created', actorId: null, actorName: null }), lookup)).toBe('System: org.team.created');
  });
});
