import { SetMetadata, UseInterceptors, applyDecorators } from '@nestjs/common';
import { ApiConflictResponse, ApiHeader, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { IDEMPOTENCY_KEY_HEADER } from './idempotency-key-header';
import { IDEMPOTENT_OPTIONS, IdempotencyInterceptor, type IdempotentOptions, REPLAYED_HEADER } from './idempotency.interceptor';

/**
 * Makes a route safe to retry with an Idempotency-Key header (Stripe's semantics, keys kept 24 h).
 * The module of the controller must import IdempotencyModule.
 */
export const Idempotent = (options: IdempotentOptions) =>
  applyDecorators(
    SetMetadata(IDEMPOTENT_OPTIONS, options),
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: IDEMPOTENCY_KEY_HEADER,
      required: options.required ?? false,
      schema: { type: 'string', minLength: 1, maxLength: 255 },
      description:
        `${options.required ? 'Required. ' : ''}A unique key per request (1–255 printable ASCII characters, a UUID say), ` +
        `sent again unchanged when retrying it. For 24 hours a retry with the same key and body gets the first answer ` +
        `again, with \`${REPLAYED_HEADER}: true\`; answers with a 5xx status are not kept, so a retry runs anew.`,
    }),
    ApiConflictResponse({ description: `A request with this ${IDEMPOTENCY_KEY_HEADER} is still being processed: retry later` }),
    ApiUnprocessableEntityResponse({ description: `This ${IDEMPOTENCY_KEY_HEADER} was already used with a different request` }),
  );
