import { type CanActivate, type ExecutionContext, ForbiddenException, Inject, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { SESSION_COOKIE, type SessionUser } from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { PERMISSION_KEY, type Permission } from '../../common/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { decideAccess } from './access-decision';
import type { AuthenticatedRequest } from './authenticated-request';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionService } from './session.service';

/**
 * Global guard (APP_GUARD): every route must declare @Allow(...) or @Public(...). It resumes the
 * session (rotating the cookie when due), puts the user on request.user and enforces the roles.
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger(SessionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const permission = this.reflector.getAllAndOverride<Permission | undefined>(PERMISSION_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const reply = context.switchToHttp().getResponse<FastifyReply>();

    let user: SessionUser | null = null;
    if (permission?.kind === 'roles') {
      const cookie = request.cookies?.[SESSION_COOKIE];
      const resumed = await this.sessions.resume(cookie);
      if (resumed) {
        user = resumed.user;
        request.user = resumed.user;
        request.sessionId = resumed.sessionId;
        if (resumed.rotatedToken) setSessionCookie(reply, resumed.rotatedToken, this.config);
      } else if (cookie) {
        clearSessionCookie(reply, this.config);
      }
    }

    switch (decideAccess(permission, user)) {
      case 'allow':
        return true;
      case 'unauthenticated':
        throw new UnauthorizedException('Sign in to continue');
      case 'forbidden':
        throw new ForbiddenException('Your role does not allow this');
      case 'undeclared':
        this.logger.error(
          `${context.getClass().name}.${context.getHandler().name} declares neither @Allow nor @Public: refused`,
        );
        throw new ForbiddenException('This endpoint declares no permission');
    }
  }
}
