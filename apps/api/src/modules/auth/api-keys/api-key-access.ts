import type { ApiKeyScope } from '@fullcircle/shared';

export type ApiKeyDecision = 'allow' | 'missing' | 'unknown' | 'revoked' | 'insufficient_scope';

/** The stored key found for the presented secret, as far as the decision needs it. */
export interface KnownApiKey {
  scopes: readonly string[];
  revokedAt: Date | null;
}

/**
 * Whether a request may call a route that needs `scope`, from whether it presented a key and the
 * key found for it (null when none matches).
 */
export function decideApiKeyAccess(presented: boolean, key: KnownApiKey | null, scope: ApiKeyScope): ApiKeyDecision {
  if (!presented) return 'missing';
  if (!key) return 'unknown';
  if (key.revokedAt) return 'revoked';
  return key.scopes.includes(scope) ? 'allow' : 'insufficient_scope';
}
