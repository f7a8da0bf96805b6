import { z } from 'zod';

/** One problem with the request, naming the field (dot path) it concerns. */
export const apiIssueSchema = z.object({
  field: z.string(),
  message: z.string(),
});
export type ApiIssue = z.infer<typeof apiIssueSchema>;

/** The body of every 4xx/5xx answer from the API. */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  error: z.string(),
  message: z.string(),
  issues: z.array(apiIssueSchema).optional(),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const uuidParamSchema = z.uuid();
