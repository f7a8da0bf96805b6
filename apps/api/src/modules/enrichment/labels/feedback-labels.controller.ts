import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { createLabelRequestSchema, type CreateLabelRequest, type SessionUser } from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { FeedbackLabelsService } from './feedback-labels.service';

@ApiTags('enrichment')
@ApiCookieAuth()
@Controller('enrichment/feedback/:id/labels')
export class FeedbackLabelsController {
  constructor(private readonly labels: FeedbackLabelsService) {}

  /** Corrects the item's sentiment or topics (staff), or labels its department (admins and owners). */
  @Post()
  @Allow('admin', 'owner', 'member')
  record(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: createLabelRequestSchema }) body: CreateLabelRequest,
  ) {
    return this.labels.record(actor, id, body);
  }

  @Get()
  @Allow('admin', 'owner', 'member')
  list(@Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.labels.list(id);
  }
}
