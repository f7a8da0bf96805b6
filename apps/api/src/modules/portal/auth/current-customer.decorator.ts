import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { CustomerRequest } from './customer-session.guard';
import type { CustomerPrincipal } from './customer-session.service';

/** The signed-in customer ({ customerId, sessionId }), put on the request by CustomerSessionGuard. */
export const CurrentCustomer = createParamDecorator((_: unknown, ctx: ExecutionContext): CustomerPrincipal => {
  return ctx.switchToHttp().getRequest<CustomerRequest>().customer!;
});
