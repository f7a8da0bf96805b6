import { Body, Controller, HttpCode, Post, Res, UseGuards } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  portalSignInRequestSchema,
  portalVerifyRequestSchema,
  type PortalSignInAccepted,
  type PortalSignInRequest,
  type PortalVerifyRequest,
} from '@fullcircle/shared';
import type { FastifyReply } from 'fastify';
import { Public } from '../../../common/auth/permission.decorator';
import { CurrentCustomer } from './current-customer.decorator';
import { clearCustomerSessionCookie, setCustomerSessionCookie } from './customer-session-cookie';
import { CustomerSessionGuard } from './customer-session.guard';
import { type CustomerPrincipal, CustomerSessionService } from './customer-session.service';
import { PortalSignInRateLimitGuard } from './portal-sign-in-rate-limit.guard';
import { PortalSignInService } from './portal-sign-in.service';

/** Customers sign in without a password: a magic link by email or a code by SMS. */
@ApiTags('portal')
@Controller('portal')
export class PortalAuthController {
  constructor(
    private readonly signIn: PortalSignInService,
    private readonly sessions: CustomerSessionService,
  ) {}

  @Post('sign-in')
  @HttpCode(202)
  @Public('customer portal: asking for a sign-in link or code; the same answer for every address')
  @UseGuards(PortalSignInRateLimitGuard)
  requestSignIn(@Body({ schema: portalSignInRequestSchema }) body: PortalSignInRequest): Promise<PortalSignInAccepted> {
    return this.signIn.requestSignIn(body);
  }

  @Post('verify')
  @HttpCode(204)
  @Public('customer portal: the link token or SMS code in the body is the credential')
  @UseGuards(PortalSignInRateLimitGuard)
  async verify(@Body({ schema: portalVerifyRequestSchema }) body: PortalVerifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    const { token } = await this.signIn.verify(body);
    setCustomerSessionCookie(reply, token, this.sessions.cookieSecure);
  }

  @Post('sign-out')
  @HttpCode(204)
  @Public('customer portal: CustomerSessionGuard')
  @UseGuards(CustomerSessionGuard)
  async signOut(@CurrentCustomer() customer: CustomerPrincipal, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    await this.signIn.signOut(customer.sessionId);
    clearCustomerSessionCookie(reply, this.sessions.cookieSecure);
  }
}
