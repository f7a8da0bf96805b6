import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiRequestError, errorMessage } from './http';

/**
 * Puts the `issues` of a 400 ApiError next to the matching form fields and returns what is
 * left to show at form level (null when every issue found its field).
 * `aliases` maps API field names (dot paths) to form field names where they differ.
 */
export function applyApiErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  aliases: Record<string, Path<T>> = {},
): string | null {
  if (!(error instanceof ApiRequestError) || error.issues.length === 0) return errorMessage(error);

  const unmatched: string[] = [];
  for (const issue of error.issues) {
    const root = issue.field.split('.')[0];
    const target = aliases[issue.field] ?? aliases[root] ?? (fields.find((f) => f === issue.field || f === root) as Path<T> | undefined);
    if (target) setError(target, { type: 'server', message: issue.message });
    else unmatched.push(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
  }
  if (unmatched.length === 0) return null;
  return unmatched.length === error.issues.length && !error.issues.some((i) => i.field)
    ? error.message
    : `${error.message} (${unmatched.join('; ')})`;
}
