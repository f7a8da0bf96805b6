import { type CanActivate, type ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';

export function isJsonContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0].trim().toLowerCase() === 'application/json';
}

/**
 * 415 unless the body is sent as application/json. Fastify answers 415 itself for types it has no
 * parser for, but it parses text/plain and lets a request without a Content-Type through.
 */
@Injectable()
export class JsonContentTypeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (isJsonContentType(request.headers['content-type'])) return true;
    throw new UnsupportedMediaTypeException('Send the body as JSON with Content-Type: application/json');
  }
}
