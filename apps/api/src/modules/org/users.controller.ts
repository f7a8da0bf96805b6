import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  inviteUserRequestSchema,
  listUsersQuerySchema,
  updateUserRequestSchema,
  type ListUsersQuery,
  type SessionUser,
  type UpdateUserRequest,
} from '@fullcircle/shared';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { Allow } from '../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { RequestOrigin } from '../../common/http/request-origin.decorator';
import { UserStatusService } from './user-status.service';
import { type InviteUserInput, UsersService } from './users.service';

@ApiTags('org')
@ApiCookieAuth()
@Allow('admin')
@Controller('org/users')
export class UsersController {
  constructor(
    private readonly users: UsersService,
    private readonly status: UserStatusService,
  ) {}

  @Get()
  list(@Query({ schema: listUsersQuerySchema }) query: ListUsersQuery) {
    return this.users.list(query);
  }

  @Post()
  invite(
    @CurrentUser() actor: SessionUser,
    @Body({ schema: inviteUserRequestSchema }) body: InviteUserInput,
    @RequestOrigin() origin: string,
  ) {
    return this.users.invite(actor, body, origin);
  }

  @Patch(':id')
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: updateUserRequestSchema }) body: UpdateUserRequest,
  ) {
    return this.users.update(actor, id, body);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  deactivate(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.status.deactivate(actor, id);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  reactivate(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.status.reactivate(actor, id);
  }
}
