import { Controller, Get, Param } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import type { SessionUser } from '@fullcircle/shared';
import { ALL_STAFF, Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { CaseContextService } from './case-context.service';

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases/:id/context')
export class CaseContextController {
  constructor(private readonly contexts: CaseContextService) {}

  @Get()
  @Allow(...ALL_STAFF)
  context(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam) {
    return this.contexts.context(user, id);
  }
}
