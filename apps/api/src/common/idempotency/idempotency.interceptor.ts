import {
  BadRequestException,
  type CallHandler,
  ConflictException,
  type ExecutionContext,
  Injectable,
  Logger,
  type NestInterceptor,
  UnprocessableEntityException,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Observable, from, lastValueFrom, of } from 'rxjs';
import { toApiError } from '../http/all-exceptions.filter';
import { IDEMPOTENCY_KEY_HEADER, readIdempotencyKey } from './idempotency-key-header';
import { IdempotencyService, type KeyRef } from './idempotency.service';
import { BodyTooDeepError, requestHash } from './request-hash';

export const IDEMPOTENT_OPTIONS = 'fullcircle:idempotent';

export interface IdempotentOptions {
  /** Refuse requests without the header (400), rather than run them unprotected. */
  required?: boolean;
  /** Whose keys these are, e.g. the calling API key's id: the same key from two clients is two keys. */
  scopeOf: (request: FastifyRequest) => string | undefined;
}

export const REPLAYED_HEADER = 'Idempotent-Replayed';

/**
 * Stripe's Idempotency-Key semantics for the routes marked @Idempotent(): the first request runs
 * and its answer is recorded; a retry with the same key and body gets that answer again (with
 * Idempotent-Replayed: true); the same key with another body is refused (422); a retry while the
 * first is still running is told to wait (409). 4xx answers are recorded, 5xx ones are not.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly idempotency: IdempotencyService,
  ) {}

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const options = this.reflector.get<IdempotentOptions>(IDEMPOTENT_OPTIONS, context.getHandler());
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const key = readIdempotencyKey(request.headers['idempotency-key'], options.required ?? false);
    if (key === null) return next.handle();
    const scope = options.scopeOf(request);
    if (!scope) throw new Error(`@Idempotent() route ${request.url} has no scope: is its authentication guard missing?`);

    const ref: KeyRef = { scope, key, requestHash: hashOf(request) };
    const claim = await this.idempotency.claim(ref);
    switch (claim.kind) {
      case 'mismatch':
        throw new UnprocessableEntityException({
          message: `This ${IDEMPOTENCY_KEY_HEADER} was already used with a different request: send a new key for a new request`,
          issues: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'was already used with a different request' }],
        });
      case 'in_progress':
        void reply.header('Retry-After', '1');
        throw new ConflictException({
          message: `A request with this ${IDEMPOTENCY_KEY_HEADER} is still being processed: retry later`,
          issues: [{ field: IDEMPOTENCY_KEY_HEADER, message: 'is in use by a request still being processed' }],
        });
      case 'replay':
        return of(replayed(claim.status, claim.body));
      case 'claimed':
        return from(this.runAndRecord(ref, next, request, reply));
    }
  }

  // A promise rather than operators on the handler's stream: it runs to the end, so the answer is
  // recorded even if the stream is torn down (the client went away) after the item was stored.
  private async runAndRecord(ref: KeyRef, next: CallHandler, request: FastifyRequest, reply: FastifyReply): Promise<unknown> {
    try {
      const body = await lastValueFrom(next.handle(), { defaultValue: undefined });
      // Nest set the route's status (e.g. @HttpCode(202)) on the reply before the handler ran.
      await this.record(ref, reply.statusCode, body);
      return body;
    } catch (err) {
      const error = toApiError(err, request.id);
      if (error.statusCode >= 500) await this.forget(ref);
      else await this.record(ref, error.statusCode, error);
      throw err;
    }
  }

  // The answer goes out even when it cannot be recorded: failing the request instead would make the
  // client retry something that was done. A refusal (4xx) changed nothing, so its key is freed for
  // the retry; a success keeps the key in progress until the claim counts as abandoned.
  private async record(ref: KeyRef, status: number, body: unknown): Promise<void> {
    try {
      await this.idempotency.complete(ref, status, body);
    } catch (err) {
      this.logger.error({ err, scope: ref.scope }, 'could not record the answer to an idempotent request');
      if (status >= 400) await this.forget(ref);
    }
  }

  private async forget(ref: KeyRef): Promise<void> {
    await this.idempotency.release(ref).catch((err: unknown) => this.logger.error({ err, scope: ref.scope }, 'could not release an idempotency key'));
  }
}

function hashOf(request: FastifyRequest): string {
  try {
    return requestHash(request.method, request.url, request.body);
  } catch (err) {
    if (!(err instanceof BodyTooDeepError)) throw err;
    throw new BadRequestException({ message: 'Invalid request: (body)', issues: [{ field: '(body)', message: err.message }] });
  }
}

/** The recorded answer, sent as it was first sent: a Response sets its own status, which @HttpCode would not. */
function replayed(status: number, body: unknown): Response {
  const headers = { 'content-type': 'application/json; charset=utf-8', [REPLAYED_HEADER]: 'true' };
  return new Response(body === null ? null : JSON.stringify(body), { status, headers });
}
