import { BadRequestException, type CallHandler, type ExecutionContext, type HttpException, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { lastValueFrom, of, throwError } from 'rxjs';
import { Idempotent } from './idempotent.decorator';
import { IdempotencyInterceptor } from './idempotency.interceptor';
import type { Claim, IdempotencyService } from './idempotency.service';

class Routes {
  @Idempotent({ required: true, scopeOf: () => 'key-1' })
  submit() {}

  @Idempotent({ scopeOf: () => 'key-1' })
  optional() {}
}

function contextFor(method: keyof Routes, headers: Record<string, string> = { 'idempotency-key': 'k' }) {
  const request = { id: 'req-1', method: 'POST', url: '/api/intake/feedback', headers, body: { text: 'hi' } };
  const reply = { statusCode: 202, header: jest.fn() };
  return {
    getHandler: () => Routes.prototype[method],
    getClass: () => Routes,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ExecutionContext;
}

function interceptorClaiming(claim: Claim) {
  const service = {
    claim: jest.fn().mockResolvedValue(claim),
    complete: jest.fn().mockResolvedValue(undefined),
    release: jest.fn().mockResolvedValue(undefined),
  };
  return { sut: new IdempotencyInterceptor(new Reflector(), service as unknown as IdempotencyService), service };
}

const handler = (result: ReturnType<CallHandler['handle']>): CallHandler & { handle: jest.Mock } => ({ handle: jest.fn(() => result) });

describe(IdempotencyInterceptor.name, () => {
  it('runs a new request and records its status and body', async () => {
    const { sut, service } = interceptorClaiming({ kind: 'claimed' });
    const next = handler(of({ id: 'f1' }));
    const result = await lastValueFrom(await sut.intercept(contextFor('submit'), next));
    expect(result).toEqual({ id: 'f1' });
    expect(service.complete).toHaveBeenCalledWith(expect.objectContaining({ scope: 'key-1', key: 'k' }), 202, { id: 'f1' });
  });

  it('replays a finished request without running it, with its status and Idempotent-Replayed', async () => {
    const { sut } = interceptorClaiming({ kind: 'replay', status: 202, body: { id: 'f1' } });
    const next = handler(of('never'));
    const result = (await lastValueFrom(await sut.intercept(contextFor('submit'), next))) as Response;
    expect(next.handle).not.toHaveBeenCalled();
    expect(result.status).toBe(202);
    expect(result.headers.get('idempotent-replayed')).toBe('true');
    expect(await result.json()).toEqual({ id: 'f1' });
  });

  it('answers 409 while the first request is still running', async () => {
    const { sut } = interceptorClaiming({ kind: 'in_progress' });
    await expect(sut.intercept(contextFor('submit'), handler(of(1)))).rejects.toMatchObject({ status: 409 });
  });

  it('answers 422 naming the header when the key came with another request', async () => {
    const { sut } = interceptorClaiming({ kind: 'mismatch' });
    const err = (await sut.intercept(contextFor('submit'), handler(of(1))).catch((e: unknown) => e)) as HttpException;
    expect(err.getStatus()).toBe(422);
    expect(err.message).toContain('Idempotency-Key');
  });

  it('records a 4xx answer as the ApiError the client gets', async () => {
    const { sut, service } = interceptorClaiming({ kind: 'claimed' });
    const failure = new BadRequestException({ message: 'Invalid request: text', issues: [{ field: 'text', message: 'is required' }] });
    await expect(lastValueFrom(await sut.intercept(contextFor('submit'), handler(throwError(() => failure))))).rejects.toBe(failure);
    expect(service.complete).toHaveBeenCalledWith(expect.anything(), 400, expect.objectContaining({ statusCode: 400, requestId: 'req-1' }));
  });

  it('releases the key after a 5xx, so a retry runs anew', async () => {
    const { sut, service } = interceptorClaiming({ kind: 'claimed' });
    const failure = new Error('database exploded');
    await expect(lastValueFrom(await sut.intercept(contextFor('submit'), handler(throwError(() => failure))))).rejects.toBe(failure);
    expect(service.release).toHaveBeenCalled();
    expect(service.complete).not.toHaveBeenCalled();
  });

  it('still answers when the answer cannot be recorded', async () => {
    const { sut, service } = interceptorClaiming({ kind: 'claimed' });
    service.complete.mockRejectedValue(new Error('connection lost'));
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const result = await lastValueFrom(await sut.intercept(contextFor('submit'), handler(of({ id: 'f1' }))));
    expect(result).toEqual({ id: 'f1' });
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('frees the key of a refusal it cannot record, so the retry runs', async () => {
    const { sut, service } = interceptorClaiming({ kind: 'claimed' });
    service.complete.mockRejectedValue(new Error('unsupported Unicode escape sequence'));
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const failure = new BadRequestException('Invalid request: \u0000');
    await expect(lastValueFrom(await sut.intercept(contextFor('submit'), handler(throwError(() => failure))))).rejects.toBe(failure);
    expect(service.release).toHaveBeenCalled();
    logged.mockRestore();
  });

  it('requires the header where the route says so, and lets requests without it through elsewhere', async () => {
    const { sut, service } = interceptorClaiming({ kind: 'claimed' });
    await expect(sut.intercept(contextFor('submit', {}), handler(of(1)))).rejects.toBeInstanceOf(BadRequestException);
    const next = handler(of('ran'));
    expect(await lastValueFrom(await sut.intercept(contextFor('optional', {}), next))).toBe('ran');
    expect(service.claim).not.toHaveBeenCalled();
  });
});
