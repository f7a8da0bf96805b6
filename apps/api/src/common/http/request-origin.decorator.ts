import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/** The scheme and host the client used (behind a proxy: X-Forwarded-Proto/Host, as trustProxy is on). */
export const RequestOrigin = createParamDecorator((_: unknown, ctx: ExecutionContext): string => {
  const request = ctx.switchToHttp().getRequest<FastifyRequest>();
  return `${request.protocol}://${request.host}`;
});
