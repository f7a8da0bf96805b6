import { acceptInvitationRequestSchema, loginRequestSchema } from './auth.schemas';

describe('loginRequestSchema', () => {
  it('needs a well-formed email', () => {
    const result = loginRequestSchema.safeParse({ email: 'nope', password: 'x' });
    expect(result.error?.issues.map((i) => i.path[0])).toEqual(['email']);
  });

  it('rejects extra fields', () => {
    expect(loginRequestSchema.safeParse({ email: 'a@b.test', password: 'x', remember: true }).success).toBe(false);
  });
});

describe('acceptInvitationRequestSchema', () => {
  it('asks for a password of at least 10 characters', () => {
    const result = acceptInvitationRequestSchema.safeParse({ token: 't'.repeat(40), password: 'short' });
    expect(result.error?.issues[0]).toMatchObject({ path: ['password'], message: 'must be at least 10 characters' });
  });
});
