import { type CanActivate, type ExecutionContext, Injectable, UnauthorizedException } from '@nestjs/common';
import { CUSTOMER_SESSION_COOKIE } from '@fullcircle/shared';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearCustomerSessionCookie } from './customer-session-cookie';
import { type CustomerPrincipal, CustomerSessionService } from './customer-session.service';

export type CustomerRequest = FastifyRequest & { customer?: CustomerPrincipal };

/**
 * For customer endpoints (marked @Public for the staff guard): resumes the fc_customer session and
 * puts { customerId, sessionId } on the request, or answers 401. Staff cookies count for nothing here.
 */
@Injectable()
export class CustomerSessionGuard implements CanActivate {
  constructor(private readonly sessions: CustomerSessionService) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<CustomerRequest>();
    const cookie = request.cookies?.[CUSTOMER_SESSION_COOKIE];
    const principal = await this.sessions.resume(cookie);
    if (!principal) {
      if (cookie) clearCustomerSessionCookie(context.switchToHttp().getResponse<FastifyReply>(), this.sessions.cookieSecure);
      throw new UnauthorizedException('Sign in to your portal to continue');
    }
    request.customer = principal;
    return true;
  }
}
