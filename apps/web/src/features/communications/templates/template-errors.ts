import { ApiRequestError, errorMessage } from '../../../api/http';

/** Field path ("name", "versions.1.body") → message; `_form` holds what has no field. */
export type TemplateErrors = Record<string, string>;

/** Issues (from the shared schema or the API's 400) keyed by their dot path; the first per field wins. */
export function templateErrorsOf(issues: { field: string; message: string }[]): TemplateErrors {
  const errors: TemplateErrors = {};
  for (const issue of issues) {
    const key = issue.field || '_form';
    errors[key] ??= issue.message;
  }
  return errors;
}

export function apiTemplateErrors(error: unknown): TemplateErrors {
  if (error instanceof ApiRequestError && error.issues.length > 0) {
    return { ...templateErrorsOf(error.issues), _form: error.message };
  }
  return { _form: errorMessage(error) };
}
