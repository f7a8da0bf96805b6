import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  type PreviewTemplateRequest,
  previewTemplateRequestSchema,
  type SaveTemplateRequest,
  saveTemplateRequestSchema,
  type SessionUser,
} from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { TemplatesService } from './templates.service';

@ApiTags('communications')
@ApiCookieAuth()
@Controller('communications/templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @Allow(...ALL_STAFF)
  list() {
    return this.templates.list();
  }

  @Post()
  @Allow('admin', 'owner')
  create(@CurrentUser() actor: SessionUser, @Body({ schema: saveTemplateRequestSchema }) body: SaveTemplateRequest) {
    return this.templates.create(actor, body);
  }

  @Put(':id')
  @Allow('admin', 'owner')
  update(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: saveTemplateRequestSchema }) body: SaveTemplateRequest) {
    return this.templates.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('admin', 'owner')
  async remove(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<void> {
    await this.templates.remove(actor, id);
  }

  @Post(':id/preview')
  @HttpCode(200)
  @Allow(...ALL_STAFF)
  preview(@CurrentUser() reader: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: previewTemplateRequestSchema }) body: PreviewTemplateRequest) {
    return this.templates.preview(reader, id, body);
  }
}
