import { Body, Controller, Param, Patch, Post } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import { type AddActionRequest, addActionRequestSchema, type SessionUser, type UpdateActionRequest, updateActionRequestSchema } from '@fullcircle/shared';
import { z } from 'zod';
import { Allow } from '../../common/auth/permission.decorator';
import { CurrentUser } from '../../common/auth/current-user.decorator';
import { type IdParam, idParamSchema } from '../../common/http/id-param.schema';
import { CaseActionsService } from './case-actions.service';

const actionParamSchema = z.object({ id: z.uuid(), actionId: z.uuid() });
type ActionParam = z.infer<typeof actionParamSchema>;

@ApiTags('cases')
@ApiCookieAuth()
@Controller('cases/:id/actions')
export class CaseActionsController {
  constructor(private readonly actions: CaseActionsService) {}

  @Post()
  @Allow('admin', 'owner', 'member')
  add(@CurrentUser() user: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam, @Body({ schema: addActionRequestSchema }) body: AddActionRequest) {
    return this.actions.add(user, id, body);
  }

  @Patch(':actionId')
  @Allow('admin', 'owner', 'member')
  update(@CurrentUser() user: SessionUser, @Param({ schema: actionParamSchema }) { id, actionId }: ActionParam, @Body({ schema: updateActionRequestSchema }) body: UpdateActionRequest) {
    return this.actions.update(user, id, actionId, body);
  }
}
