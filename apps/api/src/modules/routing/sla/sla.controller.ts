import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  businessHoursSchema,
  createSlaPolicyRequestSchema,
  slaPreviewRequestSchema,
  updateSlaPolicyRequestSchema,
  type BusinessHours,
  type SessionUser,
  type SlaPreviewRequest,
  type UpdateSlaPolicyRequest,
} from '@fullcircle/shared';
import type { z } from 'zod';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { BusinessHoursService } from './business-hours.service';
import { SlaPoliciesService } from './sla-policies.service';

@ApiTags('routing')
@ApiCookieAuth()
@Controller('routing')
export class SlaController {
  constructor(
    private readonly policies: SlaPoliciesService,
    private readonly hours: BusinessHoursService,
  ) {}

  @Get('departments/:id/business-hours')
  @Allow('admin', 'owner')
  getHours(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.hours.get(actor, id);
  }

  @Put('departments/:id/business-hours')
  @Allow('admin', 'owner')
  setHours(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: businessHoursSchema }) body: BusinessHours,
  ) {
    return this.hours.set(actor, id, body);
  }

  @Get('sla-policies')
  @Allow('admin', 'owner')
  list() {
    return this.policies.list();
  }

  @Get('sla-policies/:id')
  @Allow('admin', 'owner')
  get(@Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.policies.get(id);
  }

  @Post('sla-policies')
  @Allow('admin')
  create(@CurrentUser() actor: SessionUser, @Body({ schema: createSlaPolicyRequestSchema }) body: z.output<typeof createSlaPolicyRequestSchema>) {
    return this.policies.create(actor, body);
  }

  @Patch('sla-policies/:id')
  @Allow('admin')
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: updateSlaPolicyRequestSchema }) body: UpdateSlaPolicyRequest,
  ) {
    return this.policies.update(actor, id, body);
  }

  @Delete('sla-policies/:id')
  @Allow('admin')
  @HttpCode(204)
  async remove(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    await this.policies.remove(actor, id);
  }

  @Post('sla-policies/:id/preview')
  @Allow('admin', 'owner')
  @HttpCode(200)
  preview(@Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: slaPreviewRequestSchema }) body: SlaPreviewRequest) {
    return this.policies.preview(id, body);
  }
}
