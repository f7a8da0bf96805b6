import { BadRequestException } from '@nestjs/common';

export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

// Stripe's limit; printable ASCII keeps keys safe to log and compare byte for byte.
const VALID_KEY = /^[\x20-\x7e]{1,255}$/;

function invalid(message: string): BadRequestException {
  return new BadRequestException({
    message: `${IDEMPOTENCY_KEY_HEADER} header ${message}`,
    issues: [{ field: IDEMPOTENCY_KEY_HEADER, message }],
  });
}

/**
 * The Idempotency-Key a request sent, or null when it sent none and none is required.
 * Throws 400 naming the header when it is missing but required, or malformed.
 */
export function readIdempotencyKey(value: string | string[] | undefined, required: boolean): string | null {
  if (value === undefined) {
    if (required) throw invalid('is required: send a unique key per request (a UUID, say) and the same key when retrying it');
    return null;
  }
  if (typeof value !== 'string' || !VALID_KEY.test(value) || value.trim() === '') {
    throw invalid('must be 1 to 255 printable ASCII characters');
  }
  return value;
}
