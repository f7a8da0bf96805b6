import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** What ApiKeyGuard adds to a request it let through. */
export type ApiKeyRequest = FastifyRequest & { apiKeyId?: string };

/** The calling API key's id: the scope of its Idempotency-Keys, as keys are per client. */
export function apiKeyIdOf(request: FastifyRequest): string | undefined {
  return (request as ApiKeyRequest).apiKeyId;
}

/** The id of the API key that authenticated the request (routes under @RequireApiKeyScope only). */
export const CurrentApiKeyId = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const id = apiKeyIdOf(ctx.switchToHttp().getRequest<FastifyRequest>());
  if (!id) throw new Error('CurrentApiKeyId used on a route without @RequireApiKeyScope');
  return id;
});
