import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  acceptInvitationRequestSchema,
  changePasswordRequestSchema,
  loginRequestSchema,
  type AcceptInvitationRequest,
  type ChangePasswordRequest,
  type LoginRequest,
  type SessionUser,
} from '@fullcircle/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow, Public } from '../../common/auth/permission.decorator';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuthService } from './auth.service';
import { clientMeta } from './authenticated-request';
import { CurrentSessionId } from './current-session.decorator';
import { LoginRateLimitGuard } from './login-rate-limit.guard';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@ApiTags('auth')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Post('login')
  @HttpCode(200)
  @Public('signing in is how a session starts')
  @UseGuards(LoginRateLimitGuard)
  async login(
    @Body({ schema: loginRequestSchema }) body: LoginRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionUser> {
    const { user, token } = await this.auth.login(body, clientMeta(request));
    setSessionCookie(reply, token, this.config);
    return user;
  }

  @Post('logout')
  @HttpCode(204)
  @Allow(...ALL_STAFF)
  @ApiCookieAuth()
  async logout(@CurrentSessionId() sessionId: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.auth.logout(sessionId);
    clearSessionCookie(reply, this.config);
  }

  @Get('me')
  @Allow(...ALL_STAFF)
  @ApiCookieAuth()
  me(@CurrentUser() user: SessionUser): SessionUser {
    return user;
  }

  @Post('password')
  @HttpCode(204)
  @Allow(...ALL_STAFF)
  @ApiCookieAuth()
  changePassword(
    @CurrentUser() user: SessionUser,
    @CurrentSessionId() sessionId: string,
    @Body({ schema: changePasswordRequestSchema }) body: ChangePasswordRequest,
  ): Promise<void> {
    return this.auth.changePassword(user, sessionId, body);
  }

  @Post('invitations/accept')
  @HttpCode(200)
  @Public('the invitation token in the body is the credential')
  async acceptInvitation(
    @Body({ schema: acceptInvitationRequestSchema }) body: AcceptInvitationRequest,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionUser> {
    const { user, token } = await this.auth.acceptInvitation(body, clientMeta(request));
    setSessionCookie(reply, token, this.config);
    return user;
  }
}
