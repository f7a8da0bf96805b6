import type { z } from 'zod';
import { ApiRequestError, errorMessage } from '../../api/http';

/** Messages per field (the first per field wins), plus what belongs to no field shown. */
export interface ComposerErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const NO_ERRORS: ComposerErrors = { fields: {}, form: null };

export function zodErrors(error: z.ZodError): ComposerErrors {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    fields[field] ??= issue.message;
  }
  return { fields, form: null };
}

/** The API's 400 issues beside the fields the composer shows; the rest (and non-400s) as one message. */
export function apiErrors(error: unknown, shown: readonly string[]): ComposerErrors {
  if (!(error instanceof ApiRequestError) || error.issues.length === 0) return { fields: {}, form: errorMessage(error) };
  const fields: Record<string, string> = {};
  const rest: string[] = [];
  for (const issue of error.issues) {
    const root = issue.field.split('.')[0];
    if (shown.includes(root)) fields[root] ??= issue.message;
    else rest.push(issue.field ? `${issue.field}: ${issue.message}` : issue.message);
  }
  return { fields, form: rest.length ? `${error.message} (${rest.join('; ')})` : null };
}

/** Ctrl+Enter (Cmd+Enter on a Mac) sends, as in every mail client. */
export const isSendShortcut = (e: { key: string; ctrlKey: boolean; metaKey: boolean }) => e.key === 'Enter' && (e.ctrlKey || e.metaKey);
