import { ApiRequestError, errorMessage } from '../../api/http';

/** The API's message for one field of a 400/409, if it named that field. */
export function fieldError(error: unknown, field: string): string | undefined {
  return error instanceof ApiRequestError ? error.issues.find((i) => i.field === field)?.message : undefined;
}

/** What to show at form level when no field took the error. */
export function formError(error: unknown, fields: string[]): string | null {
  if (!error) return null;
  return fields.some((f) => fieldError(error, f)) ? null : errorMessage(error);
}
