import type { BadRequestException } from '@nestjs/common';
import { readIdempotencyKey } from './idempotency-key-header';

function rejection(value: string | string[] | undefined, required = true): { status: number; issues: unknown; message: string } {
  try {
    readIdempotencyKey(value, required);
  } catch (err) {
    const e = err as BadRequestException;
    const body = e.getResponse() as { issues: unknown; message: string };
    return { status: e.getStatus(), issues: body.issues, message: body.message };
  }
  throw new Error('expected a rejection');
}

describe('readIdempotencyKey', () => {
  it('accepts 1 to 255 printable ASCII characters as they are', () => {
    expect(readIdempotencyKey('a', true)).toBe('a');
    expect(readIdempotencyKey('9b2c7e0e-5c1b-4a4f-9f0e-3d8c2b1a0f11', true)).toBe('9b2c7e0e-5c1b-4a4f-9f0e-3d8c2b1a0f11');
    expect(readIdempotencyKey('x'.repeat(255), true)).toHaveLength(255);
    expect(readIdempotencyKey('order 42/retry:~!', true)).toBe('order 42/retry:~!');
  });

  it('lets a request without the header through when the key is optional', () => {
    expect(readIdempotencyKey(undefined, false)).toBeNull();
  });

  it('answers 400 naming the header when it is required and missing', () => {
    const { status, issues, message } = rejection(undefined);
    expect(status).toBe(400);
    expect(message).toMatch(/^Idempotency-Key header is required/);
    expect(issues).toEqual([{ field: 'Idempotency-Key', message: expect.stringMatching(/^is required/) }]);
  });

  it.each([
    ['empty', ''],
    ['blank', '   '],
    ['too long', 'x'.repeat(256)],
    ['non-ASCII', 'clé-1'],
    ['a control character', 'key\u0007'],
  ])('answers 400 naming the header for a %s key', (_, value) => {
    const { status, issues } = rejection(value, false);
    expect(status).toBe(400);
    expect(issues).toEqual([{ field: 'Idempotency-Key', message: 'must be 1 to 255 printable ASCII characters' }]);
  });

  it('refuses a header sent as several values', () => {
    expect(rejection(['a', 'b']).status).toBe(400);
  });
});
