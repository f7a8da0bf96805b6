import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, HttpStatus, Logger } from '@nestjs/common';
import type { ApiError, ApiIssue } from '@fullcircle/shared';
import { STATUS_CODES } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { QueryFailedError } from 'typeorm';

const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001']);

/** Every error leaves the API as an ApiError body; unexpected ones are logged, never leaked. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    const ctx = host.switchToHttp();
    const request = ctx.getRequest<FastifyRequest>();
    const reply = ctx.getResponse<FastifyReply>();
    const requestId = request.id;
    const body = toApiError(exception, requestId);
    if (body.statusCode >= 500) {
      this.logger.error({ err: exception, requestId, url: request.url }, 'request failed');
    }
    if (body.statusCode === HttpStatus.SERVICE_UNAVAILABLE) reply.header('Retry-After', '5');
    // a handler may have set another content type (e.g. TwiML) before it failed: errors are always JSON
    void reply.status(body.statusCode).header('content-type', 'application/json; charset=utf-8').send(body);
  }
}

/** The ApiError body an exception answers with (also what idempotent routes record for replay). */
export function toApiError(exception: unknown, requestId: string): ApiError {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const payload = typeof response === 'string' ? { message: response } : (response as Record<string, unknown>);
    const message = Array.isArray(payload.message) ? payload.message.join('; ') : String(payload.message ?? exception.message);
    return {
      statusCode: status,
      error: typeof payload.error === 'string' ? payload.error : (STATUS_CODES[status] ?? 'Error'),
      message,
      ...(Array.isArray(payload.issues) ? { issues: payload.issues as ApiIssue[] } : {}),
      requestId,
    };
  }
  if (isUnavailable(exception)) {
    return { statusCode: 503, error: 'Service Unavailable', message: 'A backing service is unavailable; retry shortly', requestId };
  }
  return { statusCode: 500, error: 'Internal Server Error', message: 'Something went wrong', requestId };
}

function isUnavailable(exception: unknown): boolean {
  const code = (exception as { code?: string })?.code ?? (exception as QueryFailedError & { driverError?: { code?: string } })?.driverError?.code;
  if (code && UNAVAILABLE_CODES.has(code)) return true;
  const message = (exception as Error)?.message ?? '';
  return /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect|Stream isn't writeable/.test(message);
}
