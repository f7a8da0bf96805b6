import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  type BulkCaseRequest,
  bulkCaseRequestSchema,
  type ChangeCaseStatusRequest,
  changeCaseStatusRequestSchema,
  type CloseCaseRequest,
  closeCaseRequestSchema,
  type ListCasesParams,
  listCasesQuerySchema,
  type MergeCaseRequest,
  mergeCaseRequestSchema,
  type ReassignCaseRequest,
  reassignCaseRequestSchema,
  type ReopenCaseRequest,
  reopenCaseRequestSchema,
  type ResolveCaseRequest,
  resolveCaseRequestSchema,
  type SendReplyRequest,
  sendReplyRequestSchema,
  type SessionUser,
} from '@fullcircle/shared';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { CaseBulkService } from './case-bulk.service';
import { CaseLifecycleService } from './case-lifecycle.service';
import { CaseMergeService } from './case-merge.service';
import { CaseQueriesService } from './case-queries.service';
import { CaseRepliesService } from './case-replies.service';
import { CaseResolutionService } from './case-resolution.service';

const WORKERS = ['admin', 'owner', 'member'] as const;

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases')
export class CasesController {
  constructor(
    private readonly queries: CaseQueriesService,
    private readonly lifecycle: CaseLifecycleService,
    private readonly replies: CaseRepliesService,
    private readonly resolution: CaseResolutionService,
    private readonly merging: CaseMergeService,
    private readonly bulk: CaseBulkService,
  ) {}

  @Get()
  @Allow(...ALL_STAFF)
  list(@CurrentUser() user: SessionUser, @Query({ schema: listCasesQuerySchema }) query: ListCasesParams) {
    return this.queries.list(user, query);
  }

  @Post('bulk')
  @HttpCode(200)
  @Allow(...WORKERS)
  applyBulk(@CurrentUser() user: SessionUser, @Body({ schema: bulkCaseRequestSchema }) body: BulkCaseRequest) {
    return this.bulk.apply(user, body);
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
  @Allow(...WORKERS)
  changeStatus(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: changeCaseStatusRequestSchema }) body: ChangeCaseStatusRequest) {
    return this.lifecycle.changeStatus(user, id, body);
  }

  @Post(':id/replies')
  @HttpCode(200)
  @Allow(...WORKERS)
  reply(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: sendReplyRequestSchema }) body: SendReplyRequest) {
    return this.replies.send(user, id, body);
  }

  @Post(':id/resolve')
  @HttpCode(200)
  @Allow(...WORKERS)
  resolve(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: resolveCaseRequestSchema }) body: ResolveCaseRequest) {
    return this.resolution.resolve(user, id, body);
  }

  @Post(':id/reopen')
  @HttpCode(200)
  @Allow(...WORKERS)
  reopen(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: reopenCaseRequestSchema }) body: ReopenCaseRequest) {
    return this.resolution.reopen(user, id, body);
  }

  @Post(':id/close')
  @HttpCode(200)
  @Allow(...WORKERS)
  close(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: closeCaseRequestSchema }) body: CloseCaseRequest) {
    return this.resolution.close(user, id, body);
  }

  @Post(':id/merge')
  @HttpCode(200)
  @Allow('admin', 'owner')
  merge(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: mergeCaseRequestSchema }) body: MergeCaseRequest) {
    return this.merging.merge(user, id, body);
  }
}
