import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { SessionUser } from '@fullcircle/shared';

/** The signed-in staff member, put on the request by the session guard. */
export const CurrentUser = createParamDecorator((_: unknown, ctx: ExecutionContext): SessionUser => {
  return ctx.switchToHttp().getRequest<{ user: SessionUser }>().user;
});
