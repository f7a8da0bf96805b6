import { createDepartmentRequestSchema, inviteUserRequestSchema, updateUserRequestSchema } from './org.schemas';

describe('inviteUserRequestSchema', () => {
  const valid = { email: 'milo@example.test', name: 'Milo', role: 'member' };

  it('defaults departments to none', () => {
    expect(inviteUserRequestSchema.parse(valid).departmentIds).toEqual([]);
  });

  it('rejects an unknown role, naming the field', () => {
    const result = inviteUserRequestSchema.safeParse({ ...valid, role: 'superuser' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['role']);
  });

  it('rejects fields it does not know', () => {
    expect(inviteUserRequestSchema.safeParse({ ...valid, isAdmin: true }).success).toBe(false);
  });
});

describe('createDepartmentRequestSchema', () => {
  it('trims the name and refuses a blank one', () => {
    expect(createDepartmentRequestSchema.parse({ name: '  Baggage ' }).name).toBe('Baggage');
    expect(createDepartmentRequestSchema.safeParse({ name: '   ' }).success).toBe(false);
  });

  it('accepts only kebab-case slugs', () => {
    expect(createDepartmentRequestSchema.safeParse({ name: 'Baggage', slug: 'lost-bags' }).success).toBe(true);
    expect(createDepartmentRequestSchema.safeParse({ name: 'Baggage', slug: 'Lost Bags' }).success).toBe(false);
  });
});

describe('updateUserRequestSchema', () => {
  it('allows a partial change', () => {
    expect(updateUserRequestSchema.parse({ role: 'owner' })).toEqual({ role: 'owner' });
  });
});
