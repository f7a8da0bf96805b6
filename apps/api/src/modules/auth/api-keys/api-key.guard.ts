import { type CanActivate, type ExecutionContext, ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { ApiKeyScope } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { decideApiKeyAccess } from './api-key-access';
import type { ApiKeyRequest } from './api-key-request';
import { API_KEY_SCOPE } from './api-key-scope.metadata';
import { looksLikeApiKey, presentedApiKey } from './api-key-secret';
import { ApiKeysService } from './api-keys.service';

const REALM = 'realm="Fullcircle API"';

/**
 * Authenticates outside systems on routes marked @RequireApiKeyScope(scope): 401 (with
 * WWW-Authenticate: Bearer, RFC 6750) for a missing, unknown or revoked key, 403 for a key without
 * the scope. Puts the key's id on request.apiKeyId.
 */
@Injectable()
export class ApiKeyGuard implements CanActivate {
  private readonly logger = new Logger(ApiKeyGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly apiKeys: ApiKeysService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const scope = this.reflector.getAllAndOverride<ApiKeyScope | undefined>(API_KEY_SCOPE, [context.getHandler(), context.getClass()]);
    if (!scope) {
      this.logger.error(`${context.getClass().name}.${context.getHandler().name} uses ApiKeyGuard without a scope: refused`);
      throw new ForbiddenException('This endpoint declares no API key scope');
    }
    const request = context.switchToHttp().getRequest<ApiKeyRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();
    const secret = presentedApiKey(request.headers);
    const key = secret && looksLikeApiKey(secret) ? await this.apiKeys.findBySecret(secret) : null;

    switch (decideApiKeyAccess(secret !== null, key, scope)) {
      case 'allow':
        request.apiKeyId = key!.id;
        await this.apiKeys.noteUse(key!);
        return true;
      case 'missing':
        void reply.header('WWW-Authenticate', `Bearer ${REALM}`);
        throw new UnauthorizedException('Send an API key as "Authorization: Bearer <key>" (or in the X-Api-Key header)');
      case 'unknown':
        void reply.header('WWW-Authenticate', `Bearer ${REALM}, error="invalid_token"`);
        throw new UnauthorizedException('Unknown API key');
      case 'revoked':
        void reply.header('WWW-Authenticate', `Bearer ${REALM}, error="invalid_token"`);
        throw new UnauthorizedException('This API key has been revoked');
      case 'insufficient_scope':
        void reply.header('WWW-Authenticate', `Bearer ${REALM}, error="insufficient_scope", scope="${scope}"`);
        throw new ForbiddenException(`This API key lacks the ${scope} scope`);
    }
  }
}
