import { HttpException, Logger, type ExecutionContext } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config';
import type { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';
import { FormRateLimitGuard, formThrottleKey } from './form-rate-limit.guard';

function contextFor(params: Record<string, string> = { slug: 'checkout' }) {
  const reply = { header: jest.fn() };
  const request = { ip: '10.0.0.1', params };
  const context = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ExecutionContext;
  return { context, reply };
}

function guardWith(increment: jest.Mock) {
  return new FormRateLimitGuard({ increment } as unknown as RedisThrottlerStorage, { FORM_RATE_LIMIT: 3 } as AppConfig);
}

describe(FormRateLimitGuard.name, () => {
  it('limits per IP and form, and chat messages per IP', () => {
    expect(formThrottleKey({ ip: '10.0.0.1', params: { slug: 'a' } } as never)).toBe('10.0.0.1:form:a');
    expect(formThrottleKey({ ip: '10.0.0.1', params: {} } as never)).toBe('10.0.0.1:chat');
  });

  it('lets an answer under the limit through', async () => {
    const increment = jest.fn().mockResolvedValue({ totalHits: 1, timeToExpire: 60, isBlocked: false, timeToBlockExpire: 0 });
    await expect(guardWith(increment).canActivate(contextFor().context)).resolves.toBe(true);
    expect(increment).toHaveBeenCalledWith('10.0.0.1:form:checkout', 60_000, 3, 60_000, 'form');
  });

  it('answers 429 with Retry-After once blocked', async () => {
    const increment = jest.fn().mockResolvedValue({ totalHits: 4, timeToExpire: 60, isBlocked: true, timeToBlockExpire: 42 });
    const { context, reply } = contextFor();
    const err = (await guardWith(increment).canActivate(context).catch((e: unknown) => e)) as HttpException;
    expect(err.getStatus()).toBe(429);
    expect(reply.header).toHaveBeenCalledWith('Retry-After', '42');
  });

  it('lets answers through when Redis is down (intake keeps accepting)', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const increment = jest.fn().mockRejectedValue(new Error("Stream isn't writeable and enableOfflineQueue options is false"));
    await expect(guardWith(increment).canActivate(contextFor().context)).resolves.toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
