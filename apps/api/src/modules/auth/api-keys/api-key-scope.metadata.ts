/** Metadata key of @RequireApiKeyScope, read by ApiKeyGuard (its own file: the two import each other otherwise). */
export const API_KEY_SCOPE = 'fullcircle:api-key-scope';
