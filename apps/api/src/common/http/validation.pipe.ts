import { BadRequestException, StandardSchemaValidationPipe } from '@nestjs/common';
import type { ApiIssue } from '@fullcircle/shared';

interface SchemaIssue {
  message: string;
  path?: ReadonlyArray<PropertyKey | { key: PropertyKey }>;
  code?: string;
  keys?: string[];
}

const segment = (s: PropertyKey | { key: PropertyKey }) => String(typeof s === 'object' ? s.key : s);

/** Turns schema issues into `{ field, message }` pairs; unknown keys are named one by one. */
export function toApiIssues(issues: readonly SchemaIssue[]): ApiIssue[] {
  return issues.flatMap((issue) => {
    const base = (issue.path ?? []).map(segment);
    if (issue.code === 'unrecognized_keys' && issue.keys?.length) {
      return issue.keys.map((key) => ({ field: [...base, key].join('.'), message: 'is not an allowed field' }));
    }
    return [{ field: base.join('.') || '(body)', message: issue.message }];
  });
}

/** Nest's standard-schema pipe, answering 400 with the fields at fault. */
export function createValidationPipe(): StandardSchemaValidationPipe {
  return new StandardSchemaValidationPipe({
    exceptionFactory: (issues) => {
      const apiIssues = toApiIssues(issues as readonly SchemaIssue[]);
      const fields = [...new Set(apiIssues.map((i) => i.field))].join(', ');
      return new BadRequestException({ message: `Invalid request: ${fields}`, issues: apiIssues });
    },
  });
}
