import { type CanActivate, type ExecutionContext, Injectable, UnsupportedMediaTypeException } from '@nestjs/common';
import { type FastifyInstance, type FastifyRequest, errorCodes } from 'fastify';

/** The Fastify route pattern of the upload (with the global `api` prefix). */
export const CSV_UPLOAD_ROUTE = '/api/intake/csv-imports';

export function isCsvContentType(contentType: string | undefined): boolean {
  return contentType?.split(';')[0].trim().toLowerCase() === 'text/csv';
}

/**
 * Lets the upload route take a raw `text/csv` body of up to `maxBytes` (the app-wide limit,
 * BODY_LIMIT_BYTES, stays for everything else). A parser's own bodyLimit applies to routes that set
 * none, so a hook first refuses text/csv on every other route, before any of the body is read.
 */
export function acceptCsvUploads(fastify: FastifyInstance, maxBytes: number): void {
  fastify.addHook('preParsing', async (request, _reply, payload) => {
    if (isCsvContentType(request.headers['content-type']) && request.routeOptions?.url !== CSV_UPLOAD_ROUTE) {
      throw new errorCodes.FST_ERR_CTP_INVALID_MEDIA_TYPE(request.headers['content-type']);
    }
    return payload;
  });
  fastify.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: maxBytes }, (_request, body, done) => done(null, body));
}

/** 415 unless the file came as text/csv (a JSON or form body would not be a Buffer). */
@Injectable()
export class CsvContentTypeGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (isCsvContentType(request.headers['content-type']) && Buffer.isBuffer(request.body)) return true;
    throw new UnsupportedMediaTypeException('Send the file as the request body with Content-Type: text/csv');
  }
}
