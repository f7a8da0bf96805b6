import { ForbiddenException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

/**
 * Whether a browser request from `origin` may use a form: the product's own pages (the hosted form
 * is same-origin; behind a proxy its scheme and host come from X-Forwarded-*) and the form's allow-list. No Origin at all is a non-browser client, which an
 * allow-list could not stop anyway (the header is only a browser's promise).
 */
export function originAllowed(origin: string | undefined, ownOrigin: string, allowedOrigins: readonly string[]): boolean {
  if (!origin) return true;
  if (allowedOrigins.includes(origin)) return true;
  try {
    // Through URL, so `http://host:80` and `http://host` compare equal.
    return new URL(origin).origin === new URL(ownOrigin).origin;
  } catch {
    return false;
  }
}

export function assertOriginAllowed(request: FastifyRequest, allowedOrigins: readonly string[]): void {
  const origin = request.headers.origin;
  if (!originAllowed(origin, `${request.protocol}://${request.host}`, allowedOrigins)) {
    throw new ForbiddenException(`${origin} is not on this form's list of sites allowed to send feedback`);
  }
}
