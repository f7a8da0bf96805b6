import { z } from 'zod';

export const API_KEY_SCOPES = ['intake:write'] as const;
export const apiKeyScopeSchema = z.enum(API_KEY_SCOPES);
export type ApiKeyScope = z.infer<typeof apiKeyScopeSchema>;

export const apiKeySchema = z.object({
  id: z.uuid(),
  name: z.string(),
  /** The first characters of the key, to recognise it; the rest is never shown again. */
  prefix: z.string(),
  scopes: z.array(apiKeyScopeSchema),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createApiKeyRequestSchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(100),
  scopes: z.array(apiKeyScopeSchema).min(1).default(['intake:write']),
});
export type CreateApiKeyRequest = z.input<typeof createApiKeyRequestSchema>;

/** The secret is in this answer only: it is stored hashed. */
export const createdApiKeySchema = z.object({ apiKey: apiKeySchema, secret: z.string() });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;
