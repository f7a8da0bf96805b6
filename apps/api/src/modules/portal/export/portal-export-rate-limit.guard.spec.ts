import { HttpException, Logger, type ExecutionContext } from '@nestjs/common';
import type { AppConfig } from '../../../config/app-config';
import type { RedisThrottlerStorage } from '../../auth/redis-throttler.storage';
import { PortalExportRateLimitGuard } from './portal-export-rate-limit.guard';

function contextFor(customerId: string | undefined = 'c-1') {
  const reply = { header: jest.fn() };
  const request = { ip: '10.0.0.1', customer: customerId ? { customerId, sessionId: 's-1' } : undefined };
  const context = { switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }) } as unknown as ExecutionContext;
  return { context, reply };
}

function guardWith(increment: jest.Mock) {
  return new PortalExportRateLimitGuard({ increment } as unknown as RedisThrottlerStorage, { PORTAL_EXPORT_RATE_LIMIT: 3 } as AppConfig);
}

describe(PortalExportRateLimitGuard.name, () => {
  it('counts per customer over an hour', async () => {
    const increment = jest.fn().mockResolvedValue({ totalHits: 1, timeToExpire: 3600, isBlocked: false, timeToBlockExpire: 0 });
    await expect(guardWith(increment).canActivate(contextFor().context)).resolves.toBe(true);
    expect(increment).toHaveBeenCalledWith('customer:c-1', 3_600_000, 3, 3_600_000, 'portal-export');
  });

  it('answers 429 with Retry-After once blocked', async () => {
    const increment = jest.fn().mockResolvedValue({ totalHits: 4, timeToExpire: 3600, isBlocked: true, timeToBlockExpire: 1800 });
    const { context, reply } = contextFor();
    const err = (await guardWith(increment).canActivate(context).catch((e: unknown) => e)) as HttpException;
    expect(err.getStatus()).toBe(429);
    expect(reply.header).toHaveBeenCalledWith('Retry-After', '1800');
  });

  it('lets the export through when Redis is down', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const increment = jest.fn().mockRejectedValue(new Error("Stream isn't writeable and enableOfflineQueue options is false"));
    await expect(guardWith(increment).canActivate(contextFor().context)).resolves.toBe(true);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});
