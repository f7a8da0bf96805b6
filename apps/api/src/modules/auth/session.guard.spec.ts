import { ForbiddenException, Logger, UnauthorizedException, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { SessionUser } from '@fullcircle/shared';
import { Allow, Public } from '../../common/auth/permission.decorator';
import type { AppConfig } from '../../config/app-config';
import { SessionGuard } from './session.guard';
import type { ResumedSession, SessionService } from './session.service';

class Routes {
  @Public('test')
  open() {}

  @Allow('admin')
  adminOnly() {}

  undeclared() {}
}

@Allow('member')
class MemberRoutes {
  list() {}
}

const member: SessionUser = { id: 'u1', email: 'm@x.test', name: 'M', role: 'member', departmentIds: [] };
const config = { COOKIE_SECURE: false, SESSION_TTL_HOURS: 1 } as AppConfig;

function contextFor(cls: new () => object, method: string, cookie?: string) {
  const request: Record<string, unknown> = { cookies: cookie ? { fc_session: cookie } : {} };
  const reply = { setCookie: jest.fn(), clearCookie: jest.fn() };
  const context = {
    getType: () => 'http',
    getHandler: () => (cls.prototype as Record<string, unknown>)[method],
    getClass: () => cls,
    switchToHttp: () => ({ getRequest: () => request, getResponse: () => reply }),
  } as unknown as ExecutionContext;
  return { context, request, reply };
}

function guardResuming(resumed: ResumedSession | null) {
  const sessions = { resume: jest.fn().mockResolvedValue(resumed) };
  return { sut: new SessionGuard(new Reflector(), sessions as unknown as SessionService, config), sessions };
}

describe(SessionGuard.name, () => {
  it('lets a public route through without looking for a session', async () => {
    const { sut, sessions } = guardResuming(null);
    await expect(sut.canActivate(contextFor(Routes, 'open').context)).resolves.toBe(true);
    expect(sessions.resume).not.toHaveBeenCalled();
  });

  it('refuses a route that declares no permission, even with a valid session, and logs it', async () => {
    const logged = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { sut } = guardResuming({ user: { ...member, role: 'admin' }, sessionId: 's1' });
    await expect(sut.canActivate(contextFor(Routes, 'undeclared', 'tok').context)).rejects.toBeInstanceOf(ForbiddenException);
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('Routes.undeclared'));
    logged.mockRestore();
  });

  it('asks for a sign-in without a valid session, and clears a stale cookie', async () => {
    const { sut } = guardResuming(null);
    const { context, reply } = contextFor(Routes, 'adminOnly', 'stale');
    await expect(sut.canActivate(context)).rejects.toBeInstanceOf(UnauthorizedException);
    expect(reply.clearCookie).toHaveBeenCalledWith('fc_session', expect.objectContaining({ path: '/' }));
  });

  it('forbids a signed-in user whose role is not allowed', async () => {
    const { sut } = guardResuming({ user: member, sessionId: 's1' });
    await expect(sut.canActivate(contextFor(Routes, 'adminOnly', 'tok').context)).rejects.toBeInstanceOf(ForbiddenException);
  });

  it('allows a permitted role declared on the controller and puts the user on the request', async () => {
    const { sut } = guardResuming({ user: member, sessionId: 's1' });
    const { context, request } = contextFor(MemberRoutes, 'list', 'tok');
    await expect(sut.canActivate(context)).resolves.toBe(true);
    expect(request.user).toEqual(member);
    expect(request.sessionId).toBe('s1');
  });

  it('sends the rotated token as the new cookie', async () => {
    const { sut } = guardResuming({ user: member, sessionId: 's1', rotatedToken: 'new-token' });
    const { context, reply } = contextFor(MemberRoutes, 'list', 'tok');
    await sut.canActivate(context);
    expect(reply.setCookie).toHaveBeenCalledWith('fc_session', 'new-token', expect.objectContaining({ httpOnly: true }));
  });
});
