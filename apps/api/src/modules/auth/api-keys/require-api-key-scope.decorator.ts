import { SetMetadata, UseGuards, applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { ApiKeyScope } from '@fullcircle/shared';
import { ApiKeyGuard } from './api-key.guard';
import { API_KEY_SCOPE } from './api-key-scope.metadata';

/**
 * The route is called by outside systems with an API key holding `scope`. Pair it with
 * @Public(...): the session guard then lets the request through and ApiKeyGuard decides.
 */
export const RequireApiKeyScope = (scope: ApiKeyScope) =>
  applyDecorators(
    SetMetadata(API_KEY_SCOPE, scope),
    UseGuards(ApiKeyGuard),
    ApiBearerAuth('api-key'),
    ApiUnauthorizedResponse({ description: 'No API key, an unknown one or a revoked one (WWW-Authenticate: Bearer)' }),
    ApiForbiddenResponse({ description: `The API key lacks the ${scope} scope` }),
  );
