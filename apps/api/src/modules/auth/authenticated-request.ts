import type { SessionUser } from '@fullcircle/shared';
import type { FastifyRequest } from 'fastify';

/** What the session guard adds to a request that passed it with a session. */
export type AuthenticatedRequest = FastifyRequest & { user?: SessionUser; sessionId?: string };

export interface ClientMeta {
  ip: string | null;
  userAgent: string | null;
}

export function clientMeta(request: FastifyRequest): ClientMeta {
  const userAgent = request.headers['user-agent'];
  return { ip: request.ip ?? null, userAgent: typeof userAgent === 'string' ? userAgent.slice(0, 400) : null };
}
