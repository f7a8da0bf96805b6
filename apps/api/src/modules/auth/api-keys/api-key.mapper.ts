import type { ApiKey as ApiKeyDto } from '@fullcircle/shared';
import type { ApiKey } from '../entities/api-key.entity';

/** Never carries the secret or its hash. */
export function toApiKeyDto(key: ApiKey, createdByName: string | null): ApiKeyDto {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scopes: key.scopes,
    createdAt: key.createdAt.toISOString(),
    createdByName,
    lastUsedAt: key.lastUsedAt?.toISOString() ?? null,
    revokedAt: key.revokedAt?.toISOString() ?? null,
  };
}
