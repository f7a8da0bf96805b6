import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  createDepartmentRequestSchema,
  updateDepartmentRequestSchema,
  type CreateDepartmentRequest,
  type SessionUser,
  type UpdateDepartmentRequest,
} from '@fullcircle/shared';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { DepartmentsService } from './departments.service';

@ApiTags('org')
@ApiCookieAuth()
@Controller('org/departments')
export class DepartmentsController {
  constructor(private readonly departments: DepartmentsService) {}

  @Get()
  @Allow(...ALL_STAFF)
  list() {
    return this.departments.list();
  }

  @Post()
  @Allow('admin')
  create(@CurrentUser() actor: SessionUser, @Body({ schema: createDepartmentRequestSchema }) body: CreateDepartmentRequest) {
    return this.departments.create(actor, body);
  }

  @Patch(':id')
  @Allow('admin')
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: updateDepartmentRequestSchema }) body: UpdateDepartmentRequest,
  ) {
    return this.departments.update(actor, id, body);
  }
}
