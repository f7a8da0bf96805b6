import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type SaveViewRequest, saveViewRequestSchema, type SessionUser } from '@fullcircle/shared';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { SavedViewsService } from './saved-views.service';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases/views')
export class SavedViewsController {
  constructor(private readonly views: SavedViewsService) {}

  @Get()
  @Allow(...ALL_STAFF)
  list(@CurrentUser() user: SessionUser) {
    return this.views.list(user);
  }

  @Post()
  @Allow(...ALL_STAFF)
  create(@CurrentUser() user: SessionUser, @Body({ schema: saveViewRequestSchema }) body: SaveViewRequest) {
    return this.views.create(user, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow(...ALL_STAFF)
  remove(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.views.remove(user, id);
  }
}
