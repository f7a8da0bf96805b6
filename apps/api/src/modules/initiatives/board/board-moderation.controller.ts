import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiCookieAuth, ApiTags } from '@nestjs/swagger';
import {
  listBoardModerationQuerySchema,
  moderateBoardCommentRequestSchema,
  type BoardModerationCommentDto,
  type ListBoardModerationQuery,
  type ModerateBoardCommentRequest,
  type SessionUser,
} from '@fullcircle/shared';
import { CurrentUser } from '../../../common/auth/current-user.decorator';
import { Allow } from '../../../common/auth/permission.decorator';
import { idParamSchema, type IdParam } from '../../../common/http/id-param.schema';
import { BoardModerationService } from './board-moderation.service';

/** Owners and admins approve or reject what customers write on the public board. */
@ApiTags('initiatives')
@ApiCookieAuth()
@Controller('board/moderation/comments')
export class BoardModerationController {
  constructor(private readonly moderation: BoardModerationService) {}

  @Get()
  @Allow('admin', 'owner')
  list(@Query({ schema: listBoardModerationQuerySchema }) query: ListBoardModerationQuery): Promise<BoardModerationCommentDto[]> {
    return this.moderation.list(query);
  }

  @Post(':id')
  @HttpCode(200)
  @Allow('admin', 'owner')
  decide(
    @CurrentUser() user: SessionUser,
    @Param({ schema: idParamSchema }) { id }: IdParam,
    @Body({ schema: moderateBoardCommentRequestSchema }) body: ModerateBoardCommentRequest,
  ): Promise<BoardModerationCommentDto> {
    return this.moderation.decide(user, id, body);
  }
}
