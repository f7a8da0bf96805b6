import { BadRequestException, ConflictException } from '@nestjs/common';

/** 409 naming the field whose value is already taken, in the same shape as validation errors. */
export function fieldConflict(field: string, message: string): ConflictException {
  return new ConflictException({ message: `${field} ${message}`, issues: [{ field, message }] });
}

/** 400 naming a field that passed the schema but fails a rule only the service can check. */
export function fieldInvalid(field: string, message: string): BadRequestException {
  return new BadRequestException({ message: `Invalid request: ${field}`, issues: [{ field, message }] });
}

/** PostgreSQL unique_violation, e.g. two requests racing to insert the same email. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; driverError?: { code?: string } };
  return (e?.driverError?.code ?? e?.code) === '23505';
}
