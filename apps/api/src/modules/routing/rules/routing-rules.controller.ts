import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  reorderRoutingRulesRequestSchema,
  saveRoutingRuleRequestSchema,
  testRoutingRuleRequestSchema,
  type ReorderRoutingRulesRequest,
  type SaveRoutingRuleRequest,
  type SessionUser,
  type TestRoutingRuleRequest,
} from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { type IdParam, idParamSchema } from '../../../common/http/id-param.schema';
import { RoutingRulesService } from './routing-rules.service';

@ApiTags('routing')
@ApiCookieAuth()
@Controller('routing/rules')
export class RoutingRulesController {
  constructor(private readonly rules: RoutingRulesService) {}

  @Get()
  @Allow('admin', 'owner')
  list(@CurrentUser() actor: SessionUser) {
    return this.rules.list(actor);
  }

  @Get('assignees')
  @Allow('admin', 'owner')
  assignees() {
    return this.rules.assignees();
  }

  @Post()
  @Allow('admin', 'owner')
  create(@CurrentUser() actor: SessionUser, @Body({ schema: saveRoutingRuleRequestSchema }) body: SaveRoutingRuleRequest) {
    return this.rules.create(actor, body);
  }

  @Post('reorder')
  @HttpCode(200)
  @Allow('admin', 'owner')
  reorder(@CurrentUser() actor: SessionUser, @Body({ schema: reorderRoutingRulesRequestSchema }) body: ReorderRoutingRulesRequest) {
    return this.rules.reorder(actor, body.ids);
  }

  @Post('test')
  @HttpCode(200)
  @Allow('admin', 'owner')
  test(@Body({ schema: testRoutingRuleRequestSchema }) body: TestRoutingRuleRequest) {
    return this.rules.test(body.rule);
  }

  @Put(':id')
  @Allow('admin', 'owner')
  update(
    @CurrentUser() actor: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: saveRoutingRuleRequestSchema }) body: SaveRoutingRuleRequest,
  ) {
    return this.rules.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @Allow('admin', 'owner')
  async remove(@CurrentUser() actor: SessionUser, @Param({ schema: idParamSchema }) { id }: IdParam): Promise<void> {
    await this.rules.remove(actor, id);
  }
}
