import { ForbiddenException, Logger, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ApiKeyGuard } from './api-key.guard';
import { newApiKeySecret } from './api-key-secret';
import type { ApiKeysService } from './api-keys.service';
import { RequireApiKeyScope } from './require-api-key-scope.decorator';

class Routes {
  @RequireApiKeyScope('intake:write')
  submit() {}

  unscoped() {}
}

const { secret } = newApiKeySecret();

function contextFor(method: keyof Routes, headers: Record<string, string> = {}) {
  const request: Record<string, unknown> = { headers };
  const reply = { header: jest.fn() };
  const context = {
    getHandler: () => Routes.prototype[method],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ExecutionContext;
  return { context, request, reply };
}

function guardFinding(key: { id: string; scopes: string[]; revokedAt: Date | null; lastUsedAt: Date | null } | null) {
  const apiKeys = { findBySecret: jest.fn().mockResolvedValue(key), noteUse: jest.fn().mockResolvedValue(undefined) };
  return { sut: new ApiKeyGuard(new Reflector(), apiKeys as unknown as ApiKeysService), apiKeys };
}

const activeKey = { id: 'k1', scopes: ['intake:write'], revokedAt: null, lastUsedAt: null };

describe(ApiKeyGuard.name, () => {
  it('lets a key with the scope through, puts its id on the request and notes the use', async () => {
    const { sut, apiKeys } = guardFinding(activeKey);
    const { context, request } = contextFor('submit', { authorization: `Bearer ${secret}` });
    await expect(sut.canActivate(context)).resolves.toBe(true);
    expect(request.apiKeyId).toBe('k1');
    expect(apiKeys.findBySecret).toHaveBeenCalledWith(secret);
    expect(apiKeys.noteUse).toHaveBeenCalledWith(activeKey);
  });

  it('accepts the key in X-Api-Key too', async () => {
    const { sut } = guardFinding(activeKey);
    await expect(sut.canActivate(contextFor('submit', { 'x-api-key': secret }).context)).resolves.toBe(true);
  });

  it('asks for a key with 401 and WWW-Authenticate: Bearer when none is sent', async () => {
    const { sut } = guardFinding(activeKey);
    const { context, reply } = contextFor('submit');
    await expect(sut.canActivate(context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(reply.header).toHaveBeenCalledWith('WWW-Authenticate', expect.stringMatching(/^Bearer /));
  });

  it('refuses an unknown key with 401, without a query when it is not even shaped like one', async () => {
    const { sut, apiKeys } = guardFinding(null);
    const { context, reply } = contextFor('submit', { authorization: 'Bearer not-a-key' });
    await expect(sut.canActivate(context)).rejects.toThrow('Unknown API key');
    expect(apiKeys.findBySecret).not.toHaveBeenCalled();
    expect(reply.header).toHaveBeenCalledWith('WWW-Authenticate', expect.stringContaining('error="invalid_token"'));
  });

  it('refuses a revoked key with 401', async () => {
    const { sut, apiKeys } = guardFinding({ ...activeKey, revokedAt: new Date() });
    await expect(sut.canActivate(contextFor('submit', { authorization: `Bearer ${secret}` }).context)).rejects.toThrow('revoked');
    expect(apiKeys.noteUse).not.toHaveBeenCalled();
  });

  it('forbids a key without the scope with 403 naming it', async () => {
    const { sut } = guardFinding({ ...activeKey, scopes: [] });
    const { context, reply } = contextFor('submit', { authorization: `Bearer ${secret}` });
    const err = await sut.canActivate(context).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForbiddenException);
    expect((err as Error).message).toContain('intake:write');
    expect(reply.header).toHaveBeenCalledWith('WWW-Authenticate', expect.stringContaining('error="insufficient_scope"'));
  });

  it('refuses a route that declares no scope, whatever the key', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { sut } = guardFinding(activeKey);
    await expect(sut.canActivate(contextFor('unscoped', { authorization: `Bearer ${secret}` }).context)).rejects.toBeInstanceOf(ForbiddenException);
    logged.mockRestore();
  });
});
