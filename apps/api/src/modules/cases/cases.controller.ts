import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  type ChangeCaseStatusRequest,
  changeCaseStatusRequestSchema,
  type ListCasesParams,
  listCasesQuerySchema,
  type ReassignCaseRequest,
  reassignCaseRequestSchema,
  type SessionUser,
} from '@fullcircle/shared';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseQueriesService } from './case-queries.service';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly queries: CaseQueriesService,
    private readonly lifecycle: CaseLifecycleService,
  ) {}

  @Get()
  @Allow(...ALL_STAFF)
  list(@CurrentUser() user: SessionUser, @Query({ schema: listCasesQuerySchema }) query: ListCasesParams) {
    return this.queries.list(user, query);
  }

  @Get(':id')
  @Allow(...ALL_STAFF)
  detail(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.queries.detail(user, id);
  }

  @Post(':id/reassign')
  @HttpCode(200)
  @Allow('admin', 'owner')
  reassign(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: reassignCaseRequestSchema }) body: ReassignCaseRequest) {
    return this.lifecycle.reassign(user, id, body);
  }

  @Post(':id/status')
  @HttpCode(200)
  @Allow('admin', 'owner', 'member')
  changeStatus(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: changeCaseStatusRequestSchema }) body: ChangeCaseStatusRequest) {
    return this.lifecycle.changeStatus(user, id, body);
  }
}
