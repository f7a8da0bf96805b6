import { z } from 'zod';
import { createValidationPipe, toApiIssues } from './validation.pipe';

describe('toApiIssues', () => {
  it('names nested fields with a dot path', () => {
    expect(toApiIssues([{ message: 'Required', path: ['customer', { key: 'email' }] }])).toEqual([
      { field: 'customer.email', message: 'Required' },
    ]);
  });

  it('names each unknown field', () => {
    const issues = toApiIssues([{ message: 'Unrecognized keys', path: [], code: 'unrecognized_keys', keys: ['a', 'b'] }]);
    expect(issues.map((i) => i.field)).toEqual(['a', 'b']);
  });
});

describe('createValidationPipe', () => {
  const schema = z.strictObject({ email: z.email(), age: z.number().int().optional() });
  const pipe = createValidationPipe();

  it('passes valid input through the schema', async () => {
    await expect(pipe.transform({ email: 'a@b.test' }, { type: 'body', schema })).resolves.toEqual({ email: 'a@b.test' });
  });

  it('rejects a bad field with a 400 naming it', async () => {
    const err = await pipe.transform({ email: 'nope' }, { type: 'body', schema }).catch((e) => e);
    expect(err.getStatus()).toBe(400);
    expect(err.getResponse().issues).toEqual([expect.objectContaining({ field: 'email' })]);
  });

  it('rejects an unknown field', async () => {
    const err = await pipe.transform({ email: 'a@b.test', admin: true }, { type: 'body', schema }).catch((e) => e);
    expect(err.getResponse().issues).toEqual([{ field: 'admin', message: 'is not an allowed field' }]);
  });
});
